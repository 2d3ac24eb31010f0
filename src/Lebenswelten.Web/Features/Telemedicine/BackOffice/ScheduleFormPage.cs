using Lebenswelten.Core.Data;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>What the new and the edit page of consultation hours share.</summary>
public abstract class ScheduleFormPage(ScheduleEditor editor, RoomEditor rooms, LebensweltenDbContext db, BackOfficeServices services,
    TelemedicineAccess access, IStringLocalizer<TelemedicineResource> text) : TelemedicineStaffPage(services, access, text)
{
    [BindProperty]
    public ScheduleForm Input { get; set; } = new();

    /// <summary>The practices this person acts for at the site.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Practices { get; private set; } = [];
    public IReadOnlyList<TelemedicineRoom> Rooms { get; private set; } = [];
    public abstract bool IsNew { get; }

    protected ScheduleEditor Editor => editor;

    protected async Task<IActionResult> FormAsync(CancellationToken ct)
    {
        Input.Pad();
        Practices = await PracticeChoices.ForAsync(Access, db, UserId, Site.Id, ct);
        Rooms = (await rooms.ListAsync(Site.Id, ct)).Where(r => r.IsActive).ToList();
        return Page();
    }

    protected ScheduleDraft? Draft() => Checked(Input.ToDraft(), ScheduleRules.Validate);

    /// <summary>The save: the form again with every error, or the saved message and the list of hours.</summary>
    protected Task<IActionResult> SaveAsync(Func<ScheduleDraft, Task<Outcome<ConsultationSchedule>>> save, CancellationToken ct) =>
        SubmitAsync(Draft(), save, () => FormAsync(ct),
            schedule => (Text["Telemedicine.Schedule.Saved", schedule.Name], Url.Page("Schedules", new { site = Site.Slug })!));
}
