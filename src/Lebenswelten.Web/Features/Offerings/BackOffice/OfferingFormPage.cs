using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>What the new and the edit page share: the form, its choices, and turning the post into a draft.</summary>
public abstract class OfferingFormPage(OfferingAdminServices services, IStringLocalizer<OfferingsResource> text)
    : OfferingAdminPage(services, text)
{
    /// <summary>Domain field names whose input on the form has another name.</summary>
    private static readonly Dictionary<string, string> FormFields = new()
    {
        ["PriceCents"] = nameof(OfferingForm.Price),
        ["ReducedPriceCents"] = nameof(OfferingForm.ReducedPrice),
        ["Venue"] = "Venue.Name",
    };

    [BindProperty]
    public OfferingForm Input { get; set; } = new();

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public IReadOnlyList<District> Districts { get; private set; } = [];
    /// <summary>The site's insurers, of which the offering's funders are chosen.</summary>
    public IReadOnlyList<Organisation> Insurers { get; private set; } = [];
    public abstract bool IsNew { get; }

    protected async Task<IActionResult> FormAsync(CancellationToken ct)
    {
        Organisations = await Access.OrganisationsFor(UserId, Site.Id, ct);
        Districts = await Sites.DistrictsAsync(Site.Id, ct);
        Insurers = (await Roster.OrganisationsAsync(Site.Id, ct)).Where(o => o.Kind == OrganisationKind.Insurer).OrderBy(o => o.Name).ToList();
        return Page();
    }

    /// <summary>The draft, or null with every error on the page at once (the form's own and the domain's rules).</summary>
    protected OfferingDraft? Draft()
    {
        var (draft, problem) = Input.ToDraft();
        return Checked((draft, OnForm(problem)), d => OnForm(OfferingRules.Validate(d)));
    }

    /// <summary>Saves the draft, with the domain's field errors under the form's names.</summary>
    protected Task<IActionResult> SaveAsync(Func<OfferingDraft, Task<Outcome<Offering>>> save, Func<Offering, string> message,
        CancellationToken ct) =>
        SubmitAsync(Draft(), async draft =>
        {
            var outcome = await save(draft);
            return outcome.Problem is { } problem ? OnForm(problem)! : outcome;
        }, () => FormAsync(ct), offering => (message(offering), ListUrl));

    /// <summary>The label of a field named in <see cref="ModelState"/>, for the error summary.</summary>
    public string Label(string key)
    {
        var field = key.StartsWith("Input.", StringComparison.Ordinal) ? key[6..] : key;
        field = field.StartsWith("Sessions", StringComparison.Ordinal) ? "Sessions" : field;
        return Text[$"OfferingForm.{field}"];
    }

    private static DomainProblem? OnForm(DomainProblem? problem) =>
        problem?.FieldErrors is { } fields
            ? problem with { FieldErrors = fields.ToDictionary(f => FormFields.GetValueOrDefault(f.Key, f.Key), f => f.Value) }
            : problem;
}
