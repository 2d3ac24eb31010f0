using Lebenswelten.Core.Needs;

namespace Lebenswelten.Web.Features.Needs;

public sealed record IndicatorDto(Guid Id, string Key, string Name, string? Description, string? Source, string Unit, string Topic,
    IndicatorKind Kind, IndicatorDirection Direction, IndicatorPrivacy Privacy, double NeedWeight, bool IsSampleData)
{
    public static IndicatorDto From(Indicator i) =>
        new(i.Id, i.Key, i.Name, i.Description, i.Source, i.Unit, i.Topic, i.Kind, i.Direction, i.Privacy, i.NeedWeight, i.IsSampleData);
}

/// <summary>A published value: <see cref="Value"/> is null and <see cref="Shown"/> "&lt; 5" under the small-number rule.</summary>
public sealed record IndicatorValueDto(string District, string DistrictName, int Year, double? Value, int? Denominator, bool HeldBack,
    string Shown, bool IsSampleData);

public sealed record ImportErrorDto(int Line, string Code, string Message);

public sealed record IndicatorImportResultDto(int Rows, int Replaced);
