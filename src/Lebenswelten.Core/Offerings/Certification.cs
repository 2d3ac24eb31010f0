namespace Lebenswelten.Core.Offerings;

/// <summary>Whether an offering is certified for reimbursement by the health insurers.</summary>
public enum Certification
{
    None,
    /// <summary>Certified by the Zentrale Prüfstelle Prävention, so insurers reimburse it (§20 SGB V).</summary>
    ZppCertified,
    Other,
}
