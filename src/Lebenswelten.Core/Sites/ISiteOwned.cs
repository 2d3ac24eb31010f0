namespace Lebenswelten.Core.Sites;

/// <summary>Rows that belong to exactly one site; every query for them filters by <see cref="SiteId"/>.</summary>
public interface ISiteOwned
{
    Guid SiteId { get; }
}
