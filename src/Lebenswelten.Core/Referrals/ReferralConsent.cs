using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Referrals;

/// <summary>How a consent reached us.</summary>
public enum ConsentChannel
{
    Web,
    Paper,
}

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

    public bool IsActive => WithdrawnAt is null;
}
