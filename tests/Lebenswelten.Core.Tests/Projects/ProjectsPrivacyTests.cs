using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Projects.ProjectsTestKit;

namespace Lebenswelten.Core.Tests.Projects;

/// <summary>Names of project staff in applications: audited reads, export, erasure and retention (GDPR Art. 5, 15, 17).</summary>
public sealed class ProjectsPrivacyTests
{
    [Theory, BothProviders]
    public async Task Reading_an_application_with_staff_names_is_audited_with_the_named_person_as_subject(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        var application = await kit.ApplyAsync(await kit.ProjectAsync(), source, 1_000_00,
            staff: [new StaffDraft("Anna Trainerin", "Übungsleitung", kit.Provider.UserId), new StaffDraft("Ben Koch", "Ernährung")]);

        Ok(await kit.WithAsync<Outcome<ApplicationView>, ApplicationDesk>(d => d.OpenAsync(application.Id, kit.OfficerA, default)));

        await using var db = kit.Database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.DataKind == ApplicationDesk.AuditKind && e.SubjectUserId == kit.Provider.UserId);
        Assert.Equal((kit.OfficerA.UserId, kit.Provider.UserId, application.Id.ToString()), (entry.ActorUserId, entry.SubjectUserId, entry.RecordId));
    }

    [Theory, BothProviders]
    public async Task A_persons_name_in_applications_is_exported_then_erased_while_the_application_and_its_money_stay(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        var project = await kit.ProjectAsync();
        var application = await kit.ApplyAsync(project, source, 1_000_00,
            staff: [new StaffDraft("Anna Trainerin", "Übungsleitung", kit.Provider.UserId), new StaffDraft("Ben Koch", "Ernährung")]);
        var participant = kit.Services.GetRequiredServiceInScope<ProjectsPersonalData>(out var scope);
        await using var _ = scope;

        var section = (ProjectsPersonalDataSection)(await participant.ExportAsync(kit.Provider.UserId!, default))!;
        await participant.EraseAsync(kit.Provider.UserId!, kit.Clock.GetUtcNow(), default);

        Assert.Equal(("Anna Trainerin", "Übungsleitung", application.Id), (section.Staff.Single().Name, section.Staff.Single().Role, section.Staff.Single().ApplicationId));
        Assert.Null(await participant.ExportAsync(kit.Provider.UserId!, default));
        await using var db = kit.Database.CreateContext();
        var kept = await db.FundingApplications.Include(a => a.Staff).SingleAsync(a => a.Id == application.Id);
        Assert.Equal(["Ben Koch"], kept.Staff.Select(s => s.Name));
        Assert.Equal(1_000_00, kept.RequestedCents);
    }

    [Theory, BothProviders]
    public async Task Staff_names_leave_an_ended_application_after_the_retention_period(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        var project = await kit.ProjectAsync();
        var rejected = await kit.ApplyAsync(project, source, 1_000_00, staff: [new StaffDraft("Anna Trainerin", "Übungsleitung")]);
        var open = await kit.ApplyAsync(project, source, 1_000_00, staff: [new StaffDraft("Ben Koch", "Ernährung")]);
        Ok(await kit.StepAsync(rejected.Id, ApplicationStep.SubmitIdea, kit.Coordinator));
        Ok(await kit.StepAsync(rejected.Id, ApplicationStep.Reject, kit.OfficerA, new(Reason: "Nicht im Förderschwerpunkt")));
        var participant = kit.Services.GetRequiredServiceInScope<ProjectsPersonalData>(out var scope);
        await using var _ = scope;

        Assert.Equal(0, await participant.PurgeExpiredAsync(kit.Clock.GetUtcNow().AddYears(9), default));
        Assert.Equal(1, await participant.PurgeExpiredAsync(kit.Clock.GetUtcNow().AddYears(10).AddDays(1), default));

        await using var db = kit.Database.CreateContext();
        Assert.Empty(await db.Set<ApplicationStaffMember>().Where(s => s.ApplicationId == rejected.Id).ToListAsync());
        Assert.Single(await db.Set<ApplicationStaffMember>().Where(s => s.ApplicationId == open.Id).ToListAsync());
    }
}

internal static class ScopeExtensions
{
    public static T GetRequiredServiceInScope<T>(this IServiceProvider services, out Microsoft.Extensions.DependencyInjection.AsyncServiceScope scope)
        where T : notnull
    {
        scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(services);
        return Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<T>(scope.ServiceProvider);
    }
}
