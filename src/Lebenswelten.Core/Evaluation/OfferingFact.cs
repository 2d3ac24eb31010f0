using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// Offerings and their places in one cell (site × month × category × target groups × project), the denominator of the
/// waiting-list pressure. Offerings are no personal data, so these rows are simply computed again by every refresh.
/// </summary>
public sealed class OfferingFact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public DateOnly Month { get; set; }
    public OfferingCategory Category { get; set; }
    public TargetGroups TargetGroups { get; set; }
    public Guid? ProjectId { get; set; }
    public int Offerings { get; set; }
    public int Places { get; set; }
}
