using System.Globalization;
using System.Text.Json;
using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// Reads a reach query from the query string as API and pages receive it: <c>groupBy=district,ageBand</c>,
/// <c>from</c>/<c>to</c> as <c>yyyy-MM-dd</c> or <c>yyyy-MM</c> (whole months), <c>category</c> and <c>targetGroup</c> in the
/// API's camelCase. What does not parse is a 400 problem; the domain checks the rest (422).
/// </summary>
public static class ReachInput
{
    public static string Name(ReachDimension dimension) => JsonNamingPolicy.CamelCase.ConvertName(dimension.ToString());

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Without dates: the twelve months up to the current one.</summary>
    public static Outcome<ReachQuery> Parse(string? groupBy, string? from, string? to, string? category, string? targetGroup, DateOnly today)
    {
        var errors = new FieldErrors();
        var dimensions = new List<ReachDimension>();
        foreach (var name in (groupBy ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TryEnum<ReachDimension>(name) is { } d)
            {
                dimensions.Add(d);
            }
            else
            {
                errors.Add("groupBy", "Unknown");
            }
        }
        var end = Month(to, "to", errors) ?? new DateOnly(today.Year, today.Month, 1);
        var start = Month(from, "from", errors) ?? end.AddMonths(-11);
        var parsedCategory = Optional<OfferingCategory>(category, "category", errors);
        var parsedGroup = Optional<TargetGroups>(targetGroup, "targetGroup", errors);
        return errors.Any ? errors.ToProblem() : new ReachQuery(start, end, dimensions, parsedCategory, parsedGroup);
    }

    private static DateOnly? Month(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
        {
            return new DateOnly(date.Year, date.Month, 1);
        }
        errors.Add(field, "InvalidDate");
        return null;
    }

    private static TEnum? Optional<TEnum>(string? value, string field, FieldErrors errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var parsed = TryEnum<TEnum>(value.Trim());
        errors.AddIf(parsed is null, field, "Unknown");
        return parsed;
    }

    private static TEnum? TryEnum<TEnum>(string name) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(v => Name(v) == name).Select(v => (TEnum?)v).FirstOrDefault();
}
