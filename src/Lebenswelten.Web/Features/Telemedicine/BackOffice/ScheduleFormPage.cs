using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>What the new and the edit page of consultation hours share.</summary>
public abstract class ScheduleFormPage : TelemedicineStaffPage
{
    [BindProperty]
    public ScheduleForm Input { get; set; } = new();

    /// <summary>The practices this person acts for at the site.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Practices { get; private set; } = [];
    public IReadOnlyList<TelemedicineRoom> Rooms { get; private set; } = [];
    public abstract bool IsNew { get; }

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        Practices = await PracticeChoices.ForAsync(Access, Service<Core.Data.LebensweltenDbContext>(), UserId, Site.Id, ct);
        Rooms = (await Service<RoomEditor>().ListAsync(Site.Id, ct)).Where(r => r.IsActive).ToList();
    }

    protected async Task<IActionResult> FormAsync(CancellationToken ct)
    {
        Input.Pad();
        await LoadChoicesAsync(ct);
        return Page();
    }

    protected ScheduleDraft? Draft() => Checked(Input.ToDraft(), ScheduleRules.Validate);
}
