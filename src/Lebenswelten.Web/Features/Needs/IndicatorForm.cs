using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>The indicator form's fields; the choices arrive as text so that a made-up one is a field error, not a binding failure.</summary>
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

/// <summary>What the indicator list and the edit page share: the site, the form and how an outcome lands on it.</summary>
public abstract class IndicatorFormPage(SiteDirectory sites, IStringLocalizer<NeedsResource> text) : PageModel
{
    public Site Site { get; private set; } = null!;
    [BindProperty] public IndicatorForm Input { get; set; } = new();
    [TempData] public string? Saved { get; set; }
    public abstract bool IsNew { get; }

    protected async Task<bool> FindSiteAsync(string site, CancellationToken ct)
    {
        Site = (await sites.FindAsync(site, ct))!;
        return Site is not null;
    }

    /// <summary>Saved: back to the list with a message; refused: the form again with German field errors.</summary>
    protected IActionResult Done<T>(Outcome<T> outcome, string message)
    {
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        Saved = text[message];
        return RedirectToPage("/Needs/Indicators", new { site = Site.Slug });
    }
}
