using Lebenswelten.Core.Organisations;
namespace Lebenswelten.Core.Network;

public enum MembershipApplicationStatus
{
    Open,
    Accepted,
    Declined,
}

/// <summary>
/// An organisation's request to join a network, made on the public open-call page. The person who sends it gives their
/// name and address to be contacted (consent, GDPR Art. 6(1)(a)); on acceptance they become the organisation's contact.
/// </summary>
public sealed class MembershipApplication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid NetworkId { get; set; }
    public required string OrganisationName { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? Website { get; set; }
    public required string ContactName { get; set; }
    public string? ContactFunction { get; set; }
    public required string ContactEmail { get; set; }
    public string? Message { get; set; }

    /// <summary>The applicant's account when they applied signed in; erasing it deletes the application.</summary>
    public string? UserId { get; set; }
    public string Language { get; set; } = "de";
    public required string ConsentVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public MembershipApplicationStatus Status { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedByUserId { get; set; }

    /// <summary>The site's organisation it became (or was matched to) on acceptance.</summary>
    public Guid? OrganisationId { get; set; }
}
