using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The client's consent that the jobcenter may learn "voucher redeemed: yes" (<see cref="ConsentPurposes.ReferralRedeemedStatus"/>;
/// §67b SGB X, GDPR Art. 7). Every consent is a row of its own; a withdrawal sets <see cref="WithdrawnAt"/> and never deletes
/// the row, and giving it again adds a new one, so the history says what the jobcenter could see when.
/// </summary>
public sealed class ReferralConsent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VoucherId { get; set; }
    public string Purpose { get; set; } = ConsentPurposes.ReferralRedeemedStatus;
    public required string TextVersion { get; set; }
    public ConsentChannel Channel { get; set; }
    public string Language { get; set; } = "de";
    public DateTimeOffset GivenAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    /// <summary>How the withdrawal reached us: the client's link (web) or a signed paper a member of staff recorded.</summary>
    public ConsentChannel? WithdrawalChannel { get; set; }
    /// <summary>A paper consent: the day the client signed it (the form's date, not the day it was typed in).</summary>
    public DateOnly? SignedOn { get; set; }
    /// <summary>A paper consent: the member of staff who recorded it, answerable for the signed paper (§67b SGB X).</summary>
    public string? RecordedByUserId { get; set; }

    public bool IsActive => WithdrawnAt is null;
}
