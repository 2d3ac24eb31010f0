namespace Lebenswelten.Web.Features.Shared;

/// <summary>A group of checkboxes that posts a list under "Input.{Field}" (target groups, languages, weekdays …).</summary>
public sealed record CheckboxGroup(string Field, string Legend, IReadOnlyList<(string Value, string Label, bool Checked)> Options)
{
    public string Name => $"Input.{Field}";
    public string Id => "Input_" + Field.Replace('.', '_');
}
