using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;


namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>One opening interval on the form; empty ones are ignored.</summary>
public sealed class HoursRow
{
    public DayOfWeek Weekday { get; set; }
    public TimeOnly? From { get; set; }
    public TimeOnly? To { get; set; }

    public bool IsEmpty => From is null && To is null;
}

/// <summary>The room form as posted; field names follow <see cref="RoomDraft"/>, so the domain's errors land beside the inputs.</summary>
public sealed class RoomForm
{
    /// <summary>Intervals offered per weekday (a lunch break makes two).</summary>
    public const int IntervalsPerDay = 2;

    public string? Name { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? DistrictKey { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Equipment { get; set; }
    public List<AccessibilityFeatures> Accessibility { get; set; } = [];
    public Guid OperatorOrganisationId { get; set; }
    public int? BufferMinutes { get; set; } = 10;
    public bool IsActive { get; set; } = true;
    public List<HoursRow> OpeningHours { get; set; } = [];

    public (RoomDraft Draft, DomainProblem? Problem) ToDraft()
    {
        var errors = new FieldErrors();
        var rows = OpeningHours.Where(h => !h.IsEmpty).ToList();
        errors.AddIf(rows.Any(h => h.From is null || h.To is null), nameof(OpeningHours), "Incomplete");
        var draft = new RoomDraft
        {
            Name = Name ?? "", Street = Street, PostalCode = PostalCode, City = City,
            DistrictKey = string.IsNullOrWhiteSpace(DistrictKey) ? null : DistrictKey,
            Latitude = FormNumbers.Decimal(Latitude, nameof(Latitude), errors) is { } lat ? (double)lat : null,
            Longitude = FormNumbers.Decimal(Longitude, nameof(Longitude), errors) is { } lon ? (double)lon : null,
            Equipment = Equipment ?? "", Accessibility = Accessibility.Combine(), OperatorOrganisationId = OperatorOrganisationId,
            BufferMinutes = BufferMinutes ?? 0, IsActive = IsActive,
            OpeningHours = rows.Where(h => h.From is not null && h.To is not null)
                .Select(h => new WeekdayHours(h.Weekday, h.From!.Value, h.To!.Value)).ToList(),
        };
        return (draft, errors.Any ? errors.ToProblem() : null);
    }

    public static RoomForm From(TelemedicineRoom room) => new()
    {
        Name = room.Name, Street = room.Address.Street, PostalCode = room.Address.PostalCode, City = room.Address.City,
        DistrictKey = room.District?.Key, Latitude = FormNumbers.Show(room.Latitude), Longitude = FormNumbers.Show(room.Longitude),
        Equipment = room.Equipment, Accessibility = room.Accessibility.Members().ToList(),
        OperatorOrganisationId = room.OperatorOrganisationId,
        BufferMinutes = room.BufferMinutes, IsActive = room.IsActive,
        OpeningHours = room.OpeningHours.Select(h => new HoursRow { Weekday = h.Weekday, From = h.From, To = h.To }).ToList(),
    };

    /// <summary>Every weekday gets <see cref="IntervalsPerDay"/> rows, the filled ones first (no script needed to add one).</summary>
    public void PadHours()
    {
        OpeningHours = TelemedicineDisplay.Week.SelectMany(day =>
        {
            var filled = OpeningHours.Where(h => h.Weekday == day && !h.IsEmpty).OrderBy(h => h.From).ToList();
            return filled.Concat(Enumerable.Range(0, Math.Max(0, IntervalsPerDay - filled.Count))
                .Select(_ => new HoursRow { Weekday = day }));
        }).ToList();
    }
}
