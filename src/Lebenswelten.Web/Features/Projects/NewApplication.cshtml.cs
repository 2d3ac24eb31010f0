using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Projects;

public sealed class ApplicationForm
{
    public Guid FundingSourceId { get; set; }
    public int Year { get; set; }
    public string? Title { get; set; }
    public string? Requested { get; set; }
    /// <summary>One person a line: "Name; task".</summary>
    public string? Staff { get; set; }

    public IReadOnlyList<StaffDraft> StaffDrafts() =>
        (Staff ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(';', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new StaffDraft(parts[0], parts.Length > 1 ? parts[1] : null)).ToList();
}

/// <summary>A project's application for funding, drafted by the site's coordination.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class NewApplicationModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ProjectDirectory projects,
    BudgetBook book, ApplicationDesk desk) : ProjectPage(services, text, projects)
{
    [BindProperty] public ApplicationForm Input { get; set; } = new();
    public IReadOnlyList<FundingSource> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadAsync(site, project, ct))
        {
            return NotFound();
        }
        Input = new ApplicationForm { Year = BerlinTime.LocalDate(Clock.GetUtcNow()).Year, Title = Project.Title };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadAsync(site, project, ct))
        {
            return NotFound();
        }
        ModelState.Localise(Text);
        var errors = new FieldErrors();
        var cents = FormNumbers.Cents(Input.Requested, "RequestedCents", errors);
        errors.AddIf(cents is null && !errors.Any, "RequestedCents", "Required");
        if (errors.Any || !ModelState.IsValid)
        {
            Show(errors.Any ? errors.ToProblem() : null);
            return Page();
        }
        var created = await desk.CreateAsync(project, new ApplicationDraft(Input.FundingSourceId, Input.Year, Input.Title, cents!.Value,
            Input.StaffDrafts()), Actor, ct);
        if (created.Problem is { } problem)
        {
            Show(problem);
            return Page();
        }
        Saved(Text["Application.Created"]);
        return RedirectToPage("/Projects/Application", new { site, application = created.Value!.Id });
    }

    private async Task<bool> LoadAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadProjectAsync(site, project, ct))
        {
            return false;
        }
        Sources = (await book.SourcesAsync(Site.Id, UserId, ct)).Value ?? [];
        return true;
    }
}
