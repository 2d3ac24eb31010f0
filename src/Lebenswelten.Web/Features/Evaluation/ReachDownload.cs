using Lebenswelten.Core.Evaluation;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// A download of one dashboard table (<c>?tabelle=…&amp;format=csv|xlsx</c> and the filter), shared by the site's and the
/// comparison's export: 400 for what does not parse, 403 for a refusal, otherwise the file.
/// </summary>
public static class ReachDownload
{
    public static async Task<IActionResult> AnswerAsync(ReachFilter filter, string? table, string? format,
        IReadOnlyList<ReachTableKind> kinds, DateOnly today, Func<ReachQuery, Task<Outcome<ReachTable>>> read, IStringLocalizer text,
        string prefix)
    {
        var kind = ReachTables.Find(kinds, table ?? kinds[0].Key);
        var query = filter.Parse(today);
        format ??= "csv";
        if (kind is null || format is not ("csv" or "xlsx") || query.Problem is not null)
        {
            return new BadRequestResult();
        }
        var outcome = await read(query.Value! with { GroupBy = kind.GroupBy });
        if (outcome.Problem is { } problem)
        {
            return problem.Kind == ProblemKind.Forbidden ? new ForbidResult() : new BadRequestResult();
        }
        var (content, type, name) = ReachFile.Of(outcome.Value!, kind, format, text, prefix);
        return new FileContentResult(content, type) { FileDownloadName = name };
    }
}
