using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// A referral voucher a jobcenter counsellor hands to a client (issue 19). It holds no health information and no name:
/// the counsellor knows whom they gave it to, the platform does not. Who redeems it, and what for, stays with the
/// client (GDPR Art. 9; §67b SGB X): the jobcenter sees only <see cref="JobcenterView"/>.
/// </summary>
public sealed class Voucher : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    /// <summary>The counsellor who issued it, for the audit trail; never shown to the client.</summary>
    public string? IssuedByUserId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    /// <summary>Last day (Berlin calendar) on which it can be redeemed and used.</summary>
    public DateOnly ValidUntil { get; set; }
    public List<OfferingCategory> Categories { get; set; } = [];
    /// <summary>A note for the client only: printed on the voucher, never shown to the jobcenter again.</summary>
    public string? ClientNote { get; set; }
    /// <summary>Language of the printed voucher (<see cref="VoucherLanguages"/>).</summary>
    public string PrintLanguage { get; set; } = "de";
    /// <summary>How many registrations the voucher covers while valid.</summary>
    public int MaxRegistrations { get; set; }
    /// <summary>Registrations taken so far; changed only by a conditional update, so it never passes the maximum.</summary>
    public int RegistrationsUsed { get; set; }

    /// <summary>SHA-256 of the normalised code: the code itself is never stored in the clear (ASVS V2.9).</summary>
    public required string CodeHash { get; set; }
    /// <summary>The code, encrypted, so the counsellor can print it again; erased on redemption.</summary>
    public string? ProtectedCode { get; set; }

    public DateTimeOffset? RedeemedAt { get; set; }
    /// <summary>The account that redeemed it, if the client was signed in; null for everyone else.</summary>
    public string? RedeemedByUserId { get; set; }
    /// <summary>The client's personal link secret (encrypted), given on redemption: it stands in for an account.</summary>
    public string? ProtectedHolderToken { get; set; }
    /// <summary>Set when erasure or retention removed the client's link and note; the row stays for the counts.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public bool IsRedeemed => RedeemedAt is not null;

    public bool IsValidOn(DateOnly today) => today <= ValidUntil;
}
