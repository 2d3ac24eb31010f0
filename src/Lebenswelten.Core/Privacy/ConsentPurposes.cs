namespace Lebenswelten.Core.Privacy;

/// <summary>
/// What a person can consent to. The texts live in the web resources under "Consent.{purpose}"; change a text,
/// raise <see cref="TextVersion"/>, so that every record says which wording the person saw.
/// </summary>
public static class ConsentPurposes
{
    public const string TextVersion = "2026-11-v1";

    /// <summary>Postcode, year of birth and sex on a registration: voluntary, for the §20a reports.</summary>
    public const string RegistrationStatistics = "registration.statistics";

    /// <summary>A phone number on a registration, so the provider can call about short-notice changes.</summary>
    public const string GuestContact = "registration.guest-contact";

    /// <summary>
    /// A voucher's client lets the jobcenter learn "voucher redeemed: yes", and nothing more (issue 19; §67b SGB X). It
    /// replaces the reserved "referral.contact-profile", which would have passed contact details on.
    /// </summary>
    public const string ReferralRedeemedStatus = "referral.redeemed-status";

    public static readonly IReadOnlyList<string> All = [RegistrationStatistics, GuestContact, ReferralRedeemedStatus];
}
