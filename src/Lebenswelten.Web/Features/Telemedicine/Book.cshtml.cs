using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// Step one of booking: choose the practice and what it is about, then a week of free times as big buttons.
/// A GET form, so it works without script and the address can be sent on; "next week" is a plain link.
/// </summary>
[AllowAnonymous]
public sealed class BookModel(SiteDirectory sites, RoomEditor rooms, ScheduleEditor schedules, SlotFinder finder, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sprechstunde")]
    public Guid? ScheduleId { get; set; }

    [BindProperty(SupportsGet = true, Name = "art")]
    public ConsultationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "woche")]
    public string? Week { get; set; }

    public TelemedicineSite Data { get; private set; } = null!;
    public ConsultationSchedule? Schedule { get; private set; }
    public SlotWeek? Slots { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (await TelemedicineSite.LoadAsync(sites, rooms, schedules, site, ct) is not { } data)
        {
            return NotFound();
        }
        Data = data;
        // One practice needs no choosing; an unknown or foreign id is as good as none.
        Schedule = data.Schedules.FirstOrDefault(s => s.Id == ScheduleId) ?? (data.Schedules.Count == 1 ? data.Schedules[0] : null);
        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            Kind = null;
        }
        if (Schedule is null)
        {
            return Page();
        }
        var today = TelemedicineDisplay.Today(clock);
        var start = SlotWeek.Requested(Week, today);
        var found = await finder.FindInAsync(new SlotQuery(data.Site.Id, start, start.AddDays(6)) { Kind = Kind }, [Schedule], ct);
        Slots = SlotWeek.From(start, found.Value ?? [], today, WeekHref,
            slot => Url.Page("BookSlot", new { site = data.Site.Slug, slot = slot.Id, art = Kind })!);
        return Page();
    }

    private string WeekHref(DateOnly week) =>
        Url.Page("Book", new { site = Data.Site.Slug, sprechstunde = Schedule!.Id, art = Kind, woche = TelemedicineDisplay.IsoDay(week) })!;

    /// <summary>The kinds the chosen practice offers, or every kind some practice here offers.</summary>
    public IEnumerable<ConsultationKind> KindChoices =>
        (Schedule is { } chosen ? chosen.Kinds : Data.Schedules.Aggregate(ConsultationKinds.None, (all, s) => all | s.Kinds)).Members();
}
