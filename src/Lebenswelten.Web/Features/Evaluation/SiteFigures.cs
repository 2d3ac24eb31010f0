using Lebenswelten.Core.Evaluation;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>Everything a site's evaluation shows for one period, beside the overview the caller has already read.</summary>
public sealed record SiteFigures(IReadOnlyList<(ReachTableKind Kind, ReachTable Table)> Tables, EquityTable Equity,
    IReadOnlyList<ConsultationMonth> Consultations);

/// <summary>
/// Reads a site's tables, equity and consultations in one way for the dashboard and the yearly report, so that both (and
/// the PDF) show the same figures. The caller has checked access through <see cref="ReachReport.ForSiteAsync"/> first.
/// </summary>
public sealed class SiteFiguresReader(ReachReport reach, EquityReport equity, ConsultationReport consultations)
{
    public async Task<SiteFigures> ReadAsync(Guid siteId, ReachQuery query, string? userId, CancellationToken ct)
    {
        var tables = new List<(ReachTableKind, ReachTable)>();
        foreach (var kind in ReachTables.Site)
        {
            tables.Add((kind, (await reach.ForSiteAsync(siteId, query with { GroupBy = kind.GroupBy }, userId, ct)).Value!));
        }
        return new SiteFigures(tables,
            (await equity.ForSiteAsync(siteId, query.From, query.To, userId, ct)).Value!,
            (await consultations.ForSiteAsync(siteId, query.From, query.To, userId, ct)).Value!);
    }
}
