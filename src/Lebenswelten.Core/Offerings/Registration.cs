namespace Lebenswelten.Core.Offerings;

/// <summary>One person's registration for an offering: GDPR Art. 9 data (it says who takes part in what).</summary>
public sealed class Registration
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OfferingId { get; set; }
    public Offering? Offering { get; set; }
    /// <summary>Null for guests, who registered without an account.</summary>
    public string? UserId { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    /// <summary>Upper-invariant e-mail, for the one-registration-per-person rule.</summary>
    public string? NormalizedEmail { get; set; }
    public string? Phone { get; set; }
    public string? PostalCode { get; set; }
    public int? BirthYear { get; set; }
    public Sex? Sex { get; set; }
    /// <summary>Language the person used, so that mails reach them in it ("de", "en").</summary>
    public string Language { get; set; } = "de";

    public RegistrationStatus Status { get; set; }
    /// <summary>Order of arrival within the offering; the waiting-list position is derived from it.</summary>
    public long Sequence { get; set; }
    /// <summary>
    /// The guest's personal link token, encrypted with the app's data-protection keys: later mails
    /// (moved up, reminder) must repeat the link, so a one-way hash is not enough.
    /// </summary>
    public string? ProtectedToken { get; set; }
    /// <summary>
    /// The secret of the confirmation link, encrypted like <see cref="ProtectedToken"/> but a different one: it goes
    /// only to the address, never to whoever filled in the form, so only the address's owner can confirm it (issue 15).
    /// </summary>
    public string? ProtectedConfirmationToken { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>
    /// Registered on a call: the member of staff who entered it (issue 25). They spoke to the person, so the entry needs no
    /// confirmation click and is not given way to as an unproven one.
    /// </summary>
    public string? RegisteredByUserId { get; set; }
    /// <summary>Guests: when they clicked the e-mail link. A guest not confirmed in time loses the place.</summary>
    public DateTimeOffset? EmailConfirmedAt { get; set; }
    public DateTimeOffset? ConfirmationDueAt { get; set; }
    public DateTimeOffset? OfferExpiresAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Set when erasure or retention removed everything personal; the row stays for the statistics.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public bool IsGuest => UserId is null;
    public bool HoldsPlace => Status is RegistrationStatus.Confirmed or RegistrationStatus.Offered;
    public bool IsActive => Status is RegistrationStatus.Confirmed or RegistrationStatus.Waitlisted or RegistrationStatus.Offered;
}
