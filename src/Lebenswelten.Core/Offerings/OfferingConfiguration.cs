using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Offerings;

internal sealed class OfferingConfiguration : IEntityTypeConfiguration<Offering>
{
    public void Configure(EntityTypeBuilder<Offering> offering)
    {
        offering.HasOne<Site>().WithMany().HasForeignKey(o => o.SiteId).OnDelete(DeleteBehavior.Cascade);
        offering.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        offering.HasOne(o => o.District).WithMany().HasForeignKey(o => o.DistrictId).OnDelete(DeleteBehavior.SetNull);
        offering.HasMany(o => o.Sessions).WithOne().HasForeignKey(s => s.OfferingId).OnDelete(DeleteBehavior.Cascade);

        offering.Property(o => o.Title).HasMaxLength(200);
        offering.Property(o => o.Description).HasMaxLength(OfferingRules.MaxDescriptionLength);
        offering.Property(o => o.SearchText).HasMaxLength(OfferingRules.MaxDescriptionLength + 1000);
        offering.Property(o => o.CertificationNote).HasMaxLength(200);
        // Flags as numbers: one bitwise AND per filter, on both databases.
        offering.Property(o => o.TargetGroups).HasConversion<int>();
        offering.Property(o => o.Accessibility).HasConversion<int>();
        offering.Property(o => o.SessionWeekdays).HasConversion<int>();
        offering.ComplexProperty(o => o.Venue, venue =>
        {
            venue.Property(v => v.Name).HasMaxLength(200);
            venue.Property(v => v.Street).HasMaxLength(200);
            venue.Property(v => v.PostalCode).HasMaxLength(10);
            venue.Property(v => v.City).HasMaxLength(100);
        });
        offering.Ignore(o => o.PlacesLeft);
        offering.Ignore(o => o.IsFree);

        // The catalogue (docs/BENCHMARKS.md): published offerings of all sites or one site in the catalogue's order,
        // with LastSessionEnd so that "not ended yet" and the count are answered from the index alone.
        offering.HasIndex(o => new { o.Status, o.IsUndated, o.FirstSessionStart, o.Id, o.LastSessionEnd })
            .HasDatabaseName("IX_Offerings_Catalogue");
        offering.HasIndex(o => new { o.SiteId, o.Status, o.IsUndated, o.FirstSessionStart, o.Id, o.LastSessionEnd })
            .HasDatabaseName("IX_Offerings_Catalogue_Site");
        // Covers every number and flag filter, so a filtered count reads this index instead of the table.
        offering.HasIndex(o => new
        {
            o.Status, o.LastSessionEnd, o.SiteId, o.DistrictId, o.Category, o.TargetGroups, o.SessionWeekdays,
            o.Accessibility, o.LanguageMask, o.PriceCents, o.TakenPlaces, o.Capacity, o.WaitingCount,
        }).HasDatabaseName("IX_Offerings_Catalogue_Filters");
        // The distance sort reads coordinates and the tie-breakers from here instead of the table. Latitude right after
        // Status: the box around a postcode (DistanceBox) is then a slice of the index, not a filter over all of it
        // (200,000 offerings: 15.8 → 1.7 ms); LanguageMask for the visitor's language preference.
        offering.HasIndex(o => new { o.Status, o.Latitude, o.Longitude, o.LastSessionEnd, o.FirstSessionStart, o.Id, o.LanguageMask })
            .HasDatabaseName("IX_Offerings_Catalogue_Distance");
        offering.HasIndex(o => new { o.OrganisationId, o.Status });
        offering.HasIndex(o => o.DistrictId);
    }
}

internal sealed class OfferingSessionConfiguration : IEntityTypeConfiguration<OfferingSession>
{
    public void Configure(EntityTypeBuilder<OfferingSession> session)
    {
        session.HasIndex(s => new { s.OfferingId, s.StartsAt });
        session.HasIndex(s => new { s.StartsAt, s.ReminderSentAt });
        // The catalogue's date filter: offerings with a session in a range, as one semi-join.
        session.HasIndex(s => new { s.StartsAt, s.OfferingId });
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> registration)
    {
        registration.HasOne(r => r.Offering).WithMany().HasForeignKey(r => r.OfferingId).OnDelete(DeleteBehavior.Cascade);
        registration.HasOne<Identity.AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
        registration.Property(r => r.Name).HasMaxLength(200);
        registration.Property(r => r.Email).HasMaxLength(256);
        registration.Property(r => r.NormalizedEmail).HasMaxLength(256);
        registration.Property(r => r.Phone).HasMaxLength(40);
        registration.Property(r => r.RegisteredByUserId).HasMaxLength(450);
        registration.Property(r => r.PostalCode).HasMaxLength(10);
        registration.Property(r => r.Language).HasMaxLength(5);
        registration.Property(r => r.ProtectedToken).HasMaxLength(600);
        registration.Property(r => r.ProtectedConfirmationToken).HasMaxLength(600);
        registration.HasIndex(r => new { r.OfferingId, r.Status, r.Sequence });
        registration.HasIndex(r => new { r.OfferingId, r.Sequence }).IsUnique();
        registration.HasIndex(r => new { r.UserId, r.Status });
        registration.HasIndex(r => new { r.Status, r.ConfirmationDueAt });
        registration.HasIndex(r => new { r.Status, r.OfferExpiresAt });
        // One active registration per person and offering: the database refuses a second active entry whatever path wrote
        // it, which is the whole check for a guest (OneActiveRegistration); an account holder's check under the offering's
        // lock (RegistrationService.ClearWayAsync) reads these two partial indexes instead of every registration of the
        // offering (issue 21). Same SQL on SQLite and PostgreSQL.
        const string active = "\"Status\" IN ('Confirmed', 'Waitlisted', 'Offered')";
        registration.HasIndex(r => new { r.OfferingId, r.NormalizedEmail }).IsUnique()
            .HasDatabaseName(OneActiveRegistration.PerEmail).HasFilter(active + " AND \"NormalizedEmail\" IS NOT NULL");
        registration.HasIndex(r => new { r.OfferingId, r.UserId }).IsUnique()
            .HasDatabaseName(OneActiveRegistration.PerAccount).HasFilter(active + " AND \"UserId\" IS NOT NULL");
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> attendance)
    {
        attendance.HasKey(a => new { a.RegistrationId, a.SessionId });
        attendance.HasOne<Registration>().WithMany().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        attendance.HasOne<OfferingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
