using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Privacy;

/// <summary>
/// Proof of one consent (GDPR Art. 7(1)): who agreed to what, to which version of the text, in which language,
/// when, and when it was withdrawn. A withdrawal never deletes the row: it is the proof that we stopped.
/// </summary>
public sealed class Consent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The account that consented; null for guests and after erasure.</summary>
    public string? UserId { get; set; }
    /// <summary>The registration the consent came with, if any (a guest has nothing else).</summary>
    public Guid? RegistrationId { get; set; }
    /// <summary>One of <see cref="ConsentPurposes"/>, e.g. "registration.statistics".</summary>
    public required string Purpose { get; set; }
    /// <summary>The version of the text shown, <see cref="ConsentPurposes.TextVersion"/> at the time.</summary>
    public required string TextVersion { get; set; }
    public string Language { get; set; } = "de";
    public DateTimeOffset GivenAt { get; set; }
    /// <summary>How it reached us: the person's own form (web), or said on the phone to staff who entered it.</summary>
    public ConsentChannel Channel { get; set; }
    /// <summary>Given outside the app: the member of staff who entered it, answerable for it (as a paper consent's recorder).</summary>
    public string? RecordedByUserId { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }

    public bool IsActive => WithdrawnAt is null;
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> consent)
    {
        consent.Property(c => c.UserId).HasMaxLength(450);
        consent.Property(c => c.Purpose).HasMaxLength(80);
        consent.Property(c => c.TextVersion).HasMaxLength(40);
        consent.Property(c => c.Language).HasMaxLength(5);
        consent.Property(c => c.RecordedByUserId).HasMaxLength(450);
        consent.HasIndex(c => c.UserId);
        consent.HasIndex(c => c.RegistrationId);
    }
}
