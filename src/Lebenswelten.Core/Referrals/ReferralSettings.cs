namespace Lebenswelten.Core.Referrals;

/// <summary>Section "Referrals": what one voucher covers and how long redemption data is kept.</summary>
public sealed class ReferralSettings
{
    public const string Section = "Referrals";

    /// <summary>How many offerings a redeemed voucher covers while it is valid.</summary>
    public int MaxRegistrationsPerVoucher { get; set; } = 3;

    /// <summary>Validity when the counsellor does not choose one (issue 19: three months).</summary>
    public int DefaultValidityMonths { get; set; } = 3;

    /// <summary>
    /// Days after a voucher's validity after which the client's link and note are removed and its consents deleted;
    /// only the counts stay (GDPR Art. 5(1)(e)). The national evaluation reads yearly figures, so one year is enough.
    /// </summary>
    public int RetentionDays { get; set; } = 365;
}
