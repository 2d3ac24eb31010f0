namespace Lebenswelten.Core.Offerings;

/// <summary>Where an offering is in its life: the catalogue shows the published ones.</summary>
public enum OfferingStatus
{
    Draft,
    Published,
    Cancelled,
    Finished,
}
