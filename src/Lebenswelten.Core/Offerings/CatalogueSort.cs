namespace Lebenswelten.Core.Offerings;

/// <summary>The catalogue's order: by the next session, or by distance from a postcode.</summary>
public enum CatalogueSort
{
    Date,
    Distance,
}
