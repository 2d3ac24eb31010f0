using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The voucher as its holder sees it: everything about it, including what the jobcenter can see
/// (<see cref="Jobcenter"/>), which the client's page shows word for word.
/// </summary>
public sealed record HolderView(
    Voucher Voucher,
    IReadOnlyList<HolderRegistration> Registrations,
    IReadOnlyList<ReferralConsent> Consents,
    JobcenterView Jobcenter,
    bool IsValidToday)
{
    public int RegistrationsLeft => Math.Max(0, Voucher.MaxRegistrations - Voucher.RegistrationsUsed);
    public bool ConsentActive => Consents.Any(c => c.IsActive);
}

/// <summary>A registration made with the voucher: seen by the client only.</summary>
public sealed record HolderRegistration(Guid RegistrationId, Guid OfferingId, string OfferingTitle, OfferingCategory Category,
    RegistrationStatus Status, DateTimeOffset CreatedAt);
