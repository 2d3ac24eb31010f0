namespace Lebenswelten.Core.Sites;

/// <summary>
/// A capability whose records follow a site's district boundaries (offerings placed by their coordinates). The
/// boundary import calls every follower after it saved new boundaries, so that the import knows no capability.
/// </summary>
public interface IDistrictBoundaryFollower
{
    /// <summary>Places the site's records that have no district yet; returns how many it placed.</summary>
    Task<int> AssignMissingAsync(Guid siteId, CancellationToken ct = default);
}
