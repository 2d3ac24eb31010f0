namespace Lebenswelten.Core.Referrals;

/// <summary>What the jobcenter may know about a voucher's use.</summary>
public enum JobcenterStatus
{
    /// <summary>Not redeemed, or redeemed without consent, or consent withdrawn: the three are indistinguishable.</summary>
    NoInformation,
    /// <summary>Redeemed, and the client consents to the jobcenter knowing it.</summary>
    RedeemedYes,
}

/// <summary>
/// A voucher as the jobcenter sees it, and all it sees (issue 19): that it was issued, until when it is valid, and
/// "redeemed: yes" only with the client's active consent. No offering, provider, date of use, attendance or note: the type
/// has no place for them, so no page or API answer built from it can leak them.
/// </summary>
public sealed record JobcenterView(Guid Id, DateTimeOffset IssuedAt, DateOnly ValidUntil, JobcenterStatus Status)
{
    public static JobcenterView Of(Voucher voucher, bool consentActive) =>
        new(voucher.Id, voucher.IssuedAt, voucher.ValidUntil,
            voucher.IsRedeemed && consentActive ? JobcenterStatus.RedeemedYes : JobcenterStatus.NoInformation);
}
