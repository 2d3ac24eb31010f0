using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>A correction: <see cref="Value"/> for plain indicators, numerator and denominator for ratios; the note is required.</summary>
public sealed record ValueCorrectionBody(double? Value, int? Numerator, int? Denominator, string? Note);

/// <summary>A stored value as its coordinators see it (unsuppressed) with its history.</summary>
public sealed record ValueRecordDto(string District, int Year, double? Value, int? Numerator, int? Denominator, bool HeldBackInPublic,
    IReadOnlyList<ValueHistoryEntry> History);

/// <summary>
/// GET and PUT /api/sites/{site}/indicators/{indicator}/values/{district}/{year}: a coordinator corrects one value
/// by hand (with a note) and reads its history. The history names staff, so reading it is audited.
/// </summary>
internal static class ValueEndpoints
{
    private const string Route = "/indicators/{indicator:guid}/values/{district}/{year:int}";

    public static void Map(RouteGroupBuilder sites)
    {
        sites.MapGet(Route, GetAsync).WithName("GetIndicatorValue").RequireAuthorization(Policies.SiteCoordinator)
            .WithSummary("One district's stored value in one year, unsuppressed, with who changed it when and why (audited).")
            .Produces<ValueRecordDto>().ProducesProblem(StatusCodes.Status404NotFound);
        sites.MapPut(Route, CorrectAsync).WithName("CorrectIndicatorValue").RequireAuthorization(Policies.SiteCoordinator)
            .WithSummary("Correct (or enter) one value by hand with a note; the old value stays in the history.")
            .Produces<ValueRecordDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<ValueRecordDto>, ProblemHttpResult>> GetAsync(
        string site, Guid indicator, string district, int year, SiteDirectory sites, IndicatorCorrection correction, HttpContext http,
        IStringLocalizer<NeedsResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await correction.RecordAsync(found.Id, indicator, district, year, http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Ok(Dto(outcome.Value!));
    }

    private static async Task<Results<Ok<ValueRecordDto>, ProblemHttpResult>> CorrectAsync(
        string site, Guid indicator, string district, int year, ValueCorrectionBody body, SiteDirectory sites,
        IndicatorCorrection correction, HttpContext http, IStringLocalizer<NeedsResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await correction.CorrectAsync(found.Id, indicator, district, year,
            new IndicatorFigure(body.Value, body.Numerator, body.Denominator), body.Note, http.User.UserId() ?? "api", ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var record = await correction.RecordAsync(found.Id, indicator, district, year, http.AuditActor(), ct);
        return TypedResults.Ok(Dto(record.Value!));
    }

    private static ValueRecordDto Dto(ValueRecord record) => new(record.District.Key, record.Year, record.Current?.Value,
        record.Current?.Numerator, record.Current?.Denominator, record.Current?.IsSmallNumber ?? false, record.History);
}
