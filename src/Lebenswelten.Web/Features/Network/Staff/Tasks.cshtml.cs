using Lebenswelten.Core.Network;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>The open tasks of one's networks at the site (coordinators: all), overdue first; the reminder mail links here.</summary>
public sealed class TasksModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, ActionItems tasks)
    : NetworkStaffPage(services, text)
{
    public IReadOnlyList<TaskView> Tasks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var open = (await tasks.OpenAsync(Site.Id, UserId, overdueOnly: false, ct)).Value ?? [];
        Tasks = [.. open.OrderByDescending(t => t.IsOverdue).ThenBy(t => t.Task.DueOn)];
        return Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(string site, Guid task, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var done = await tasks.CompleteAsync(task, Actor, ct);
        if (done.Problem is { Kind: ProblemKind.NotFound })
        {
            return NotFound();
        }
        Saved(Text[done.Problem is null ? "Task.Completed" : "Problem.Task.Done"]);
        return RedirectToPage(null, null, new { site }, null);
    }
}
