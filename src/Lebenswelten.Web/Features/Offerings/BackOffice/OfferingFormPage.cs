using Lebenswelten.Core.Network;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>What the new and the edit page share: the form, its choices, and turning the post into a draft.</summary>
public abstract class OfferingFormPage(IStringLocalizer<OfferingsResource> text) : OfferingAdminPage
{
    /// <summary>Domain field names whose input on the form has another name.</summary>
    private static readonly Dictionary<string, string> FormFields = new()
    {
        ["PriceCents"] = nameof(OfferingForm.Price),
        ["ReducedPriceCents"] = nameof(OfferingForm.ReducedPrice),
        ["Venue"] = "Venue.Name",
    };

    protected IStringLocalizer<OfferingsResource> Text { get; } = text;

    [BindProperty]
    public OfferingForm Input { get; set; } = new();

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public IReadOnlyList<District> Districts { get; private set; } = [];
    public abstract bool IsNew { get; }

    protected async Task<IActionResult> FormAsync(CancellationToken ct)
    {
        var access = HttpContext.RequestServices.GetRequiredService<OfferingAccess>();
        Organisations = await access.OrganisationsFor(User.UserId() ?? "", Site.Id, ct);
        Districts = await Sites.DistrictsAsync(Site.Id, ct);
        return Page();
    }

    /// <summary>
    /// The draft, or null when the form itself is wrong; then every error, the form's and the domain's rules,
    /// is on the page at once, so that nobody has to send the form five times.
    /// </summary>
    protected OfferingDraft? Draft()
    {
        ModelState.Localise(Text);
        var (draft, problem) = Input.ToDraft();
        if (ModelState.IsValid && problem is null)
        {
            return draft;
        }
        Show(problem);
        Show(OfferingRules.Validate(draft));
        return null;
    }

    protected void Show(DomainProblem? problem)
    {
        var onForm = problem?.FieldErrors is { } fields
            ? problem with { FieldErrors = fields.ToDictionary(f => FormFields.GetValueOrDefault(f.Key, f.Key), f => f.Value) }
            : problem;
        onForm?.AddTo(ModelState, Text);
    }

    /// <summary>The label of a field named in <see cref="ModelState"/>, for the error summary.</summary>
    public string Label(string key)
    {
        var field = key.StartsWith("Input.", StringComparison.Ordinal) ? key[6..] : key;
        field = field.StartsWith("Sessions", StringComparison.Ordinal) ? "Sessions" : field;
        return Text[$"OfferingForm.{field}"];
    }
}
