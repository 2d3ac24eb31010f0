using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Projects.ProjectsTestKit;

namespace Lebenswelten.Core.Tests.Projects;

public sealed class DeadlineReminderTests
{
    [Theory, BothProviders]
    public async Task The_coordinators_are_reminded_of_the_full_applications_deadline_once_a_week_before(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        var application = await kit.ApplyAsync(await kit.ProjectAsync(), source, 1_000_00);
        Ok(await kit.StepAsync(application.Id, ApplicationStep.SubmitIdea, kit.Coordinator));
        var due = DateOnly.FromDateTime(kit.Clock.GetUtcNow().UtcDateTime).AddDays(10);
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Invite, kit.OfficerA, new(DueOn: due)));
        Task<int> RunJob() => kit.WithAsync<int, DeadlineReminders>(r => r.SendDueAsync(default));

        Assert.Equal(0, await RunJob());
        kit.Clock.Advance(TimeSpan.FromDays(4));
        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(RunJob)));
        kit.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(1, sent.Sum());
        Assert.Equal(0, await RunJob());
        await using var db = kit.Database.CreateContext();
        var coordinator = await db.Users.SingleAsync(u => u.Id == kit.Coordinator.UserId);
        var mail = await db.OutboxMessages.SingleAsync(m => m.Template == "project-deadline");
        Assert.Equal(coordinator.Email, mail.To);
        Assert.Contains("Vollantrag einreichen", mail.TextBody);
        Assert.Contains(due.ToString("dd.MM.yyyy"), mail.Subject);
    }
}
