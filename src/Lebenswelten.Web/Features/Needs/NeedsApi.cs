using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>
/// Districts and indicators of a site. Aggregated, non-personal figures are public like /api/sites (values from fewer
/// than five cases are never published); indicators marked internal only show to the site's staff.
/// </summary>
public static class NeedsApi
{
    public static void MapNeedsApi(this IEndpointRouteBuilder app)
    {
        var sites = app.MapGroup("/api/sites/{site}").WithTags("Needs");
        sites.MapGet("/districts", DistrictGeoJson.GetAsync).WithName("ListDistricts").WithSummary("The districts of a site as GeoJSON.").AllowAnonymous();
        sites.MapGet("/indicators", ListIndicators).WithName("ListIndicators").WithSummary("The needs indicators of a site.").AllowAnonymous();
        sites.MapGet("/indicators/{indicator:guid}/values", ListValues).WithName("ListIndicatorValues")
            .WithSummary("An indicator's values per district and year; figures below 5 are held back.").AllowAnonymous();
        sites.MapPost("/indicators/{indicator:guid}/values", ImportValues).WithName("ImportIndicatorValues")
            .WithSummary("Import an indicator's values (CSV) for the site's districts (coordinators).")
            .RequireAuthorization(Policies.SiteCoordinator);
        IndicatorEndpoints.Map(sites);
        ValueEndpoints.Map(sites);
    }

    private static async Task<Results<Ok<List<IndicatorDto>>, ProblemHttpResult>> ListIndicators(
        string site, SiteDirectory sites, NeedsDirectory needs, IStringLocalizer<NeedsResource> text, HttpContext context,
        CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var indicators = await needs.IndicatorsAsync(found.Id, context.User.IsStaffAt(site), ct);
        return TypedResults.Ok(indicators.Select(IndicatorDto.From).ToList());
    }

    private static async Task<Results<Ok<List<IndicatorValueDto>>, ProblemHttpResult>> ListValues(
        string site, Guid indicator, int? year, SiteDirectory sites, NeedsDirectory needs, IStringLocalizer<NeedsResource> text,
        HttpContext context, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        // An internal indicator is, to anyone but the site's staff, one that does not exist.
        var visible = await needs.IndicatorsAsync(found.Id, context.User.IsStaffAt(site), ct);
        if (visible.FirstOrDefault(i => i.Id == indicator) is not { } chosen)
        {
            return DomainProblem.NotFound("Indicator.NotFound").ToProblem(text);
        }
        var districts = (await sites.DistrictsAsync(found.Id, ct)).ToDictionary(d => d.Id);
        var values = (await needs.ValuesAsync(found.Id, indicator, ct)).Where(v => year is null || v.Year == year);
        return TypedResults.Ok(values.Select(v => new IndicatorValueDto(districts[v.DistrictId].Key, districts[v.DistrictId].Name, v.Year,
                v.PublicValue, v.IsSmallNumber ? null : v.Denominator, v.IsSmallNumber,
                new DistrictFigure(districts[v.DistrictId], v.PublicValue, v.IsSmallNumber, null, null).Shown(chosen.Unit), v.IsSampleData))
            .OrderBy(v => v.Year).ThenBy(v => v.DistrictName).ToList());
    }

    /// <summary>A CSV of values (docs/en/needs.md): every row stored, or none and 422 with each line's errors.</summary>
    private static async Task<Results<Ok<IndicatorImportResultDto>, ProblemHttpResult>> ImportValues(
        string site, Guid indicator, HttpRequest request, SiteDirectory sites, IndicatorImport import,
        IStringLocalizer<NeedsResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var csv = await UploadedText.ReadAsync(request.Body, ct);
        var outcome = await import.CommitAsync(found.Id, indicator, csv, request.HttpContext.User.UserId() ?? "api", ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem!.ToProblem(text);
        }
        var preview = outcome.Value!;
        if (!preview.CanCommit)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: text["Problem.Import.Invalid"],
                type: "https://lebenswelten.example/problems/Import.Invalid", extensions: new Dictionary<string, object?>
                {
                    ["code"] = "Import.Invalid",
                    ["errors"] = preview.Errors.Select(e => new ImportErrorDto(e.Line, e.Code, e.Describe(text))).ToList(),
                });
        }
        return TypedResults.Ok(new IndicatorImportResultDto(preview.Rows.Count, preview.Rows.Count(r => r.Previous is not null)));
    }
}
