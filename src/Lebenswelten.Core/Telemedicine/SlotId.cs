using System.Globalization;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// A slot's stable id, the same on every node and every day: the schedule's id and the UTC start, e.g.
/// "0195f2c4…e1-202603291430". It fits FHIR's id rule ([A-Za-z0-9\-\.]{1,64}), so it is the Slot's id in /fhir.
/// Slots are computed from the hours, not stored: a change of hours shows at once, and nothing has to fill a
/// table ahead of the booking horizon.
/// </summary>
public static class SlotId
{
    private const string TimeFormat = "yyyyMMddHHmm";

    public static string For(Guid scheduleId, DateTimeOffset startUtc) =>
        $"{scheduleId:N}-{startUtc.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? id, out Guid scheduleId, out DateTimeOffset startUtc)
    {
        scheduleId = default;
        startUtc = default;
        if (id is not { Length: 45 } || id[32] != '-'
            || !Guid.TryParseExact(id[..32], "N", out scheduleId)
            || !DateTime.TryParseExact(id[33..], TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start))
        {
            return false;
        }
        startUtc = new DateTimeOffset(start, TimeSpan.Zero);
        return true;
    }
}
