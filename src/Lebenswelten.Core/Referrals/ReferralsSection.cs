using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Referrals;

/// <summary>The referral capability's part of a person's export: the vouchers they redeemed while signed in.</summary>
public sealed record ReferralsSection(IReadOnlyList<PersonalVoucher> Vouchers) : PersonalDataSection(ReferralPersonalData.CapabilityName);

public sealed record PersonalVoucher(Guid Id, DateTimeOffset IssuedAt, DateOnly ValidUntil, IReadOnlyList<OfferingCategory> Categories,
    string? ClientNote, DateTimeOffset? RedeemedAt, IReadOnlyList<Guid> RegistrationIds, IReadOnlyList<PersonalReferralConsent> Consents);

/// <summary>One consent record; a paper one with the day the client signed it (GDPR Art. 15: how it reached us).</summary>
public sealed record PersonalReferralConsent(string Purpose, string TextVersion, ConsentChannel Channel, DateTimeOffset GivenAt,
    DateTimeOffset? WithdrawnAt, DateOnly? SignedOn = null, ConsentChannel? WithdrawalChannel = null);
