using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Network;

/// <summary>How a contact person's consent to be listed was given (GDPR Art. 7(1): it must be provable).</summary>
public enum ConsentSource
{
    /// <summary>The person entered their own data (the open call, or their own profile).</summary>
    Self,
    Written,
    Email,
    Verbal,
}

/// <summary>
/// A person to contact at an organisation: personal data (GDPR Art. 6(1)(a)), so listed only with consent, shown only
/// to signed-in members of a network the organisation belongs to, every staff read audited, part of export and erasure.
/// </summary>
public sealed class ContactPerson : ISiteOwned
{
    /// <summary>The wording of the consent the person gave; raise it when the text changes.</summary>
    public const string ConsentTextVersion = "2026-12-network-v1";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? Function { get; set; }
    public string? Email { get; set; }

    /// <summary>E.164, as <see cref="TypedPhone"/> stores numbers.</summary>
    public string? Phone { get; set; }

    /// <summary>The person's own account, if they have one: erasing it deletes this entry too.</summary>
    public string? UserId { get; set; }

    public DateTimeOffset ConsentGivenAt { get; set; }
    public required string ConsentVersion { get; set; }
    public ConsentSource ConsentSource { get; set; }
    /// <summary>Who recorded the consent (staff), for the proof; null after that account's erasure.</summary>
    public string? RecordedByUserId { get; set; }
    public bool IsSampleData { get; set; }
}
