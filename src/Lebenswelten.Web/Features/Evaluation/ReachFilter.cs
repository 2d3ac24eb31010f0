using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>The dashboards' filter form (GET, works without JavaScript): months, category, target group.</summary>
public sealed class ReachFilter
{
    [FromQuery(Name = "von")] public string? From { get; set; }
    [FromQuery(Name = "bis")] public string? To { get; set; }
    [FromQuery(Name = "kategorie")] public string? Category { get; set; }
    [FromQuery(Name = "zielgruppe")] public string? TargetGroup { get; set; }

    public Outcome<ReachQuery> Parse(DateOnly today) => ReachInput.Parse(null, From, To, Category, TargetGroup, today);

    /// <summary>
    /// The overview (or the tables) for the filter; a filter that does not parse or breaks a rule shows its errors and the
    /// last twelve months instead. Only a refusal (403) comes back as a problem.
    /// </summary>
    public async Task<Outcome<T>> ReadAsync<T>(DateOnly today, Func<ReachQuery, Task<Outcome<T>>> read,
        Action<DomainProblem?, string> show)
    {
        var parsed = Parse(today);
        show(parsed.Problem, "Filter");
        var outcome = await read(parsed.Value ?? Default(today));
        if (outcome.Problem is { Kind: ProblemKind.Invalid } invalid)
        {
            show(invalid, "Filter");
            outcome = await read(Default(today));
        }
        return outcome;
    }

    private static ReachQuery Default(DateOnly today) => new ReachFilter().Parse(today).Value!;

    /// <summary>The filter as it goes on to the export links.</summary>
    public IReadOnlyDictionary<string, string?> Values(ReachQuery query) => new Dictionary<string, string?>
    {
        ["von"] = query.Months.From.ToString("yyyy-MM"), ["bis"] = query.Months.To.ToString("yyyy-MM"),
        ["kategorie"] = query.Category is { } c ? ReachInput.Name(c) : null,
        ["zielgruppe"] = query.TargetGroup is { } g ? ReachInput.Name(g) : null,
    };

    public static IEnumerable<OfferingCategory> Categories => Enum.GetValues<OfferingCategory>();

    public static IEnumerable<TargetGroups> TargetGroups => Enum.GetValues<TargetGroups>().Where(g => g != Core.Common.TargetGroups.None);
}
