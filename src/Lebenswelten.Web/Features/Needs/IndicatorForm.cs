using Lebenswelten.Core.Needs;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>
/// The indicator form's fields; the choices arrive as text so that a made-up one is a field error, not a binding failure.
/// </summary>
public sealed class IndicatorForm
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Source { get; set; }
    public string? Unit { get; set; } = "%";
    public string? Topic { get; set; }
    public string? Kind { get; set; }
    public string? Direction { get; set; }
    public string? Privacy { get; set; }

    public IndicatorDraft ToDraft() => new(Key, Name, Description, Source, Unit, Topic, Parse<IndicatorKind>(Kind),
        Parse<IndicatorDirection>(Direction), Parse<IndicatorPrivacy>(Privacy));

    public static IndicatorForm From(Indicator i) => new()
    {
        Key = i.Key, Name = i.Name, Description = i.Description, Source = i.Source, Unit = i.Unit, Topic = i.Topic,
        Kind = i.Kind.ToString(), Direction = i.Direction.ToString(), Privacy = i.Privacy.ToString(),
    };

    private static TEnum? Parse<TEnum>(string? raw) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(raw, out var value) && Enum.IsDefined(value) && !int.TryParse(raw, out _) ? value : null;
}
