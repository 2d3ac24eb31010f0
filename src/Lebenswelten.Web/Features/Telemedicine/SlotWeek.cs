using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>One day of free times, each a big button.</summary>
public sealed record SlotDay(DateOnly Day, IReadOnlyList<Slot> Slots);

/// <summary>
/// A week of free slots (Monday to Sunday), as Doctolib shows them: days with times, and a link to the next week.
/// <see cref="SlotAction"/> says what a time does: a link to the booking form, or a button posting the slot id.
/// </summary>
public sealed record SlotWeek(DateOnly Start, IReadOnlyList<SlotDay> Days, bool HasEarlier, Func<DateOnly, string> WeekHref,
    Func<Slot, string>? SlotHref)
{
    public DateOnly End => Start.AddDays(6);

    /// <summary>A week of the search's slots; days without a free time are left out.</summary>
    public static SlotWeek From(DateOnly start, IReadOnlyList<Slot> slots, DateOnly today, Func<DateOnly, string> weekHref,
        Func<Slot, string>? slotHref) =>
        new(start, slots.GroupBy(s => BerlinTime.LocalDate(s.StartsAt)).OrderBy(g => g.Key)
                .Select(g => new SlotDay(g.Key, g.OrderBy(s => s.StartsAt).ToList())).ToList(),
            start > TelemedicineDisplay.WeekStart(today), weekHref, slotHref);

    /// <summary>The week asked for, never before this week.</summary>
    public static DateOnly Requested(string? week, DateOnly today)
    {
        var thisWeek = TelemedicineDisplay.WeekStart(today);
        return TelemedicineDisplay.ParseDay(week) is { } asked && asked > thisWeek ? TelemedicineDisplay.WeekStart(asked) : thisWeek;
    }
}
