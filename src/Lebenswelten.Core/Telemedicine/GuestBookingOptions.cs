using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// How long a guest's unverified booking holds its slot, and how many bookings one e-mail address or one phone number
/// may have (section "Telemedicine"). The limits stop one person from booking out a practice's video hours, or from
/// mailing "your appointment at practice X" to someone else's address again and again (issue 15).
/// </summary>
public sealed class GuestBookingOptions
{
    public const string Section = "Telemedicine";

    /// <summary>Minutes a guest has to verify the address before the slot is free again.</summary>
    public int GuestHoldMinutes { get; set; } = 30;

    /// <summary>Coming appointments (held or verified) that guests may have booked with one address or one number.</summary>
    public int MaxOpenBookingsPerContact { get; set; } = 3;

    /// <summary>Bookings with one address or number in 24 hours, whatever became of them: at most so many mails a day.</summary>
    public int MaxBookingsPerContactPerDay { get; set; } = 5;

    public TimeSpan GuestHold => TimeSpan.FromMinutes(GuestHoldMinutes);
}

internal sealed class GuestBookingOptionsValidation : IValidateOptions<GuestBookingOptions>
{
    public ValidateOptionsResult Validate(string? name, GuestBookingOptions options) =>
        options.GuestHoldMinutes is < 1 or > 24 * 60
            ? ValidateOptionsResult.Fail("Telemedicine:GuestHoldMinutes must lie between 1 and 1440.")
        : options.MaxOpenBookingsPerContact < 1 ? ValidateOptionsResult.Fail("Telemedicine:MaxOpenBookingsPerContact must be at least 1.")
        : options.MaxBookingsPerContactPerDay < options.MaxOpenBookingsPerContact
            ? ValidateOptionsResult.Fail("Telemedicine:MaxBookingsPerContactPerDay must be at least MaxOpenBookingsPerContact.")
        : ValidateOptionsResult.Success;
}
