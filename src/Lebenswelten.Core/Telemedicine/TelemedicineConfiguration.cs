using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Telemedicine;

internal sealed class TelemedicineRoomConfiguration : IEntityTypeConfiguration<TelemedicineRoom>
{
    public void Configure(EntityTypeBuilder<TelemedicineRoom> room)
    {
        room.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Cascade);
        room.HasOne(r => r.District).WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.SetNull);
        room.HasOne(r => r.Operator).WithMany().HasForeignKey(r => r.OperatorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        room.HasMany(r => r.OpeningHours).WithOne().HasForeignKey(h => h.RoomId).OnDelete(DeleteBehavior.Cascade);
        room.Property(r => r.Name).HasMaxLength(RoomRules.MaxNameLength);
        room.Property(r => r.Equipment).HasMaxLength(RoomRules.MaxEquipmentLength);
        room.Property(r => r.Accessibility).HasConversion<int>();
        room.ComplexProperty(r => r.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.PostalCode).HasMaxLength(10);
            address.Property(a => a.City).HasMaxLength(100);
        });
        room.HasIndex(r => new { r.SiteId, r.Name });
    }
}

internal sealed class ConsultationScheduleConfiguration : IEntityTypeConfiguration<ConsultationSchedule>
{
    public void Configure(EntityTypeBuilder<ConsultationSchedule> schedule)
    {
        schedule.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
        schedule.HasOne(s => s.Practice).WithMany().HasForeignKey(s => s.PracticeOrganisationId).OnDelete(DeleteBehavior.Restrict);
        schedule.HasMany(s => s.Hours).WithOne().HasForeignKey(h => h.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        schedule.HasMany(s => s.Rooms).WithOne().HasForeignKey(r => r.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        schedule.Property(s => s.Name).HasMaxLength(ScheduleRules.MaxNameLength);
        schedule.Property(s => s.VideoLink).HasMaxLength(ScheduleRules.MaxLinkLength);
        schedule.Property(s => s.Kinds).HasConversion<int>();
        schedule.HasIndex(s => new { s.SiteId, s.PracticeOrganisationId });
    }
}

internal sealed class ScheduleRoomConfiguration : IEntityTypeConfiguration<ScheduleRoom>
{
    public void Configure(EntityTypeBuilder<ScheduleRoom> link)
    {
        link.HasKey(l => new { l.ScheduleId, l.RoomId });
        link.HasOne<TelemedicineRoom>().WithMany().HasForeignKey(l => l.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TelemedicineClosureConfiguration : IEntityTypeConfiguration<TelemedicineClosure>
{
    public void Configure(EntityTypeBuilder<TelemedicineClosure> closure)
    {
        closure.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
        closure.HasOne<TelemedicineRoom>().WithMany().HasForeignKey(c => c.RoomId).OnDelete(DeleteBehavior.Cascade);
        closure.HasOne<Organisation>().WithMany().HasForeignKey(c => c.PracticeOrganisationId).OnDelete(DeleteBehavior.Cascade);
        closure.Property(c => c.Reason).HasMaxLength(ClosureRules.MaxReasonLength);
        closure.HasIndex(c => new { c.RoomId, c.ToDate });
        closure.HasIndex(c => new { c.PracticeOrganisationId, c.ToDate });
    }
}

internal sealed class TelemedicineAppointmentConfiguration : IEntityTypeConfiguration<TelemedicineAppointment>
{
    /// <summary>The same text in both databases: SQLite and PostgreSQL both quote identifiers with double quotes.</summary>
    private const string BookedOnly = "\"Status\" = 'Booked'";

    public void Configure(EntityTypeBuilder<TelemedicineAppointment> appointment)
    {
        appointment.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
        appointment.HasOne(a => a.Schedule).WithMany().HasForeignKey(a => a.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        appointment.HasOne(a => a.Room).WithMany().HasForeignKey(a => a.RoomId).OnDelete(DeleteBehavior.Cascade);
        appointment.HasOne<Organisation>().WithMany().HasForeignKey(a => a.PracticeOrganisationId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
        appointment.Property(a => a.Reason).HasMaxLength(BookingRules.MaxReasonLength);
        appointment.Property(a => a.Name).HasMaxLength(BookingRules.MaxNameLength);
        appointment.Property(a => a.Email).HasMaxLength(256);
        appointment.Property(a => a.NormalizedEmail).HasMaxLength(256);
        appointment.Property(a => a.ProtectedVerificationToken).HasMaxLength(600);
        appointment.Property(a => a.Phone).HasMaxLength(40);
        appointment.Property(a => a.Language).HasMaxLength(5);
        appointment.Property(a => a.ProtectedToken).HasMaxLength(600);
        appointment.Property(a => a.CheckInCode).HasMaxLength(CheckInCodes.Length);
        appointment.Property(a => a.MeetingRoom).HasMaxLength(80);
        appointment.Property(a => a.VideoLink).HasMaxLength(ScheduleRules.MaxLinkLength);
        appointment.Property(a => a.CancellationReason).HasMaxLength(ClosureRules.MaxReasonLength);

        // The last line of defence against double booking, whatever the services do: one booked appointment per
        // practice slot and per room start. PostgreSQL also refuses overlaps (migration TelemedicineNoOverlap).
        appointment.HasIndex(a => new { a.ScheduleId, a.StartsAt }).IsUnique().HasFilter(BookedOnly)
            .HasDatabaseName("IX_TelemedicineAppointments_Slot_Booked");
        appointment.HasIndex(a => new { a.RoomId, a.StartsAt }).IsUnique().HasFilter(BookedOnly)
            .HasDatabaseName("IX_TelemedicineAppointments_Room_Booked");
        appointment.HasIndex(a => new { a.RoomId, a.LocalDate, a.CheckInCode }).IsUnique();
        appointment.HasIndex(a => new { a.PracticeOrganisationId, a.LocalDate });
        appointment.HasIndex(a => new { a.UserId, a.StartsAt });
        appointment.HasIndex(a => new { a.Status, a.StartsAt, a.ReminderSentAt });
        appointment.HasIndex(a => a.EndsAt);
        // The per-contact limits count a guest's bookings by address and by number (GuestContacts).
        appointment.HasIndex(a => new { a.NormalizedEmail, a.CreatedAt });
        appointment.HasIndex(a => new { a.Phone, a.CreatedAt });
        // The hold expiry finds lapsed holds by this.
        appointment.HasIndex(a => new { a.Status, a.HoldExpiresAt });
    }
}
