using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lebenswelten.Core.Data;

public sealed class LebensweltenDbContext(DbContextOptions<LebensweltenDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<SiteRoleAssignment> SiteRoleAssignments => Set<SiteRoleAssignment>();
    public DbSet<Offering> Offerings => Set<Offering>();
    public DbSet<OfferingSession> OfferingSessions => Set<OfferingSession>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<DistrictPopulation> DistrictPopulations => Set<DistrictPopulation>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorValueChange> IndicatorValueChanges => Set<IndicatorValueChange>();
    public DbSet<HealthGoal> HealthGoals => Set<HealthGoal>();
    public DbSet<AuthenticatorCodeUse> AuthenticatorCodeUses => Set<AuthenticatorCodeUse>();
    public DbSet<TelemedicineRoom> TelemedicineRooms => Set<TelemedicineRoom>();
    public DbSet<RoomOpeningHours> RoomOpeningHours => Set<RoomOpeningHours>();
    public DbSet<ConsultationSchedule> ConsultationSchedules => Set<ConsultationSchedule>();
    public DbSet<ConsultationHours> ConsultationHours => Set<ConsultationHours>();
    public DbSet<ScheduleRoom> ScheduleRooms => Set<ScheduleRoom>();
    public DbSet<TelemedicineClosure> TelemedicineClosures => Set<TelemedicineClosure>();
    public DbSet<TelemedicineAppointment> TelemedicineAppointments => Set<TelemedicineAppointment>();
    public DbSet<OrganisationIdentity> OrganisationIdentities => Set<OrganisationIdentity>();
    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();
    public DbSet<HealthNetwork> HealthNetworks => Set<HealthNetwork>();
    public DbSet<NetworkMembership> NetworkMemberships => Set<NetworkMembership>();
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();
    public DbSet<MembershipApplication> MembershipApplications => Set<MembershipApplication>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingInvitation> MeetingInvitations => Set<MeetingInvitation>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<NetworkDocument> NetworkDocuments => Set<NetworkDocument>();
    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<AgreementParty> AgreementParties => Set<AgreementParty>();
    public DbSet<EligibilityCheck> EligibilityChecks => Set<EligibilityCheck>();
    public DbSet<CriterionEvidence> CriterionEvidence => Set<CriterionEvidence>();
    public DbSet<EligibilityEvent> EligibilityEvents => Set<EligibilityEvent>();
    public DbSet<Voucher> Vouchers => Set<Voucher>();
    public DbSet<VoucherRegistration> VoucherRegistrations => Set<VoucherRegistration>();
    public DbSet<ReferralConsent> ReferralConsents => Set<ReferralConsent>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectGoal> ProjectGoals => Set<ProjectGoal>();
    public DbSet<ProjectOffering> ProjectOfferings => Set<ProjectOffering>();
    public DbSet<GoodPracticeRating> GoodPracticeRatings => Set<GoodPracticeRating>();
    public DbSet<FundingSource> FundingSources => Set<FundingSource>();
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<FundingApplication> FundingApplications => Set<FundingApplication>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();
    public DbSet<ReachFact> ReachFacts => Set<ReachFact>();
    public DbSet<OfferingFact> OfferingFacts => Set<OfferingFact>();
    public DbSet<ConsultationFact> ConsultationFacts => Set<ConsultationFact>();
    public DbSet<Workspace.WorkspaceVisit> WorkspaceVisits => Set<Workspace.WorkspaceVisit>();
    public DbSet<CalendarFeeds.PersonalCalendarFeed> PersonalCalendarFeeds => Set<CalendarFeeds.PersonalCalendarFeed>();
    public DbSet<Surveys.Survey> Surveys => Set<Surveys.Survey>();
    public DbSet<Surveys.SurveyResponse> SurveyResponses => Set<Surveys.SurveyResponse>();
    public DbSet<Surveys.SurveyAnswer> SurveyAnswers => Set<Surveys.SurveyAnswer>();
    public DbSet<Surveys.SurveyTicket> SurveyTickets => Set<Surveys.SurveyTicket>();
    public DbSet<Ideas.Idea> Ideas => Set<Ideas.Idea>();
    public DbSet<Ideas.IdeaSupport> IdeaSupports => Set<Ideas.IdeaSupport>();
    public DbSet<Ideas.IdeaAnswerChange> IdeaAnswerChanges => Set<Ideas.IdeaAnswerChange>();

    /// <summary>Shared data-protection keys, so that every web node can read every node's cookies and tokens.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LebensweltenDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // The catalogue's LIKE '%word%' uses a trigram index as it is; SQLite has no such index (docs/BENCHMARKS.md).
            builder.HasPostgresExtension("pg_trgm");
            builder.Entity<Offering>().HasIndex(o => o.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops")
                .HasDatabaseName("IX_Offerings_SearchText_Trigram");
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>The audit log is append-only (ASVS V16.4.2); retention deletes it with SQL, not through tracked rows.</summary>
    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Enums as text: readable in both databases and stable when members are added.
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or sort DateTimeOffset text; we store UTC only, so ticks sort correctly.
            configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
