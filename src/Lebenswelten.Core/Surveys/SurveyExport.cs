using System.Globalization;
using Lebenswelten.Core.Projects;

namespace Lebenswelten.Core.Surveys;

/// <summary>The results as a table file (CSV or Excel through Projects' <see cref="TableFile"/>), with the same suppression as on screen.</summary>
public sealed class SurveyExport(SurveyResults results)
{
    public static readonly string[] Headers = ["Frage", "Antwort", "Gruppe", "Anzahl", "Anteil %", "Antworten in der Gruppe"];

    /// <param name="heldBack">The text of a held-back cell (the caller's language: "&lt; 5").</param>
    public async Task<Outcome<byte[]>> FileAsync(Guid surveyId, ResultGrouping grouping, bool excel, string heldBack, string? userId,
        CancellationToken ct = default)
    {
        var result = await results.ForAsync(surveyId, grouping, userId, ct);
        if (result.Problem is { } problem)
        {
            return problem;
        }
        var rows = result.Value!.Questions.SelectMany(q => q.Groups.SelectMany(g => q.Rows.Select((row, i) => (IReadOnlyList<object?>)
        [
            q.Question.Text.InCurrent, row, g.Label,
            g.Cells[i].Count.Value is { } v ? v : heldBack,
            g.Cells[i].SharePercent is { } s ? s : null,
            g.Answered.Value is { } a ? a : heldBack,
        ]))).ToList();
        return excel ? TableFile.Xlsx("Ergebnisse", Headers, rows) : TableFile.Csv(Headers, rows);
    }

    public static string FileName(Survey survey, bool excel) =>
        string.Create(CultureInfo.InvariantCulture, $"umfrage-{survey.Code.ToLowerInvariant()}.{(excel ? "xlsx" : "csv")}");
}
