using Lebenswelten.Core.Network;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class TaskReminderTests
{
    [Theory, BothProviders]
    public async Task An_overdue_task_is_shown_first_and_its_owner_reminded_once_then_a_week_later_until_it_is_done(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();
        var owner = await kit.ContactAsync(kit.Insurer, "Ines Kasse", "ines@kasse.example");
        var meeting = await kit.MeetingAsync(network, inDays: 0);
        var late = await AddTaskAsync(kit, meeting, owner, "Übersicht entwerfen", new DateOnly(2026, 3, 5));
        await AddTaskAsync(kit, meeting, owner, "Später", new DateOnly(2026, 4, 30));
        kit.Clock.Advance(TimeSpan.FromDays(4));

        var first = await Remind(kit);
        var again = await Remind(kit);
        var listed = await kit.With<ActionItems, Outcome<IReadOnlyList<TaskView>>>(a => a.OpenAsync(kit.Site.Id, kit.InsurerOfficer.UserId, false, None));
        kit.Clock.Advance(TimeSpan.FromDays(7));
        var weekLater = await Remind(kit);
        var done = await kit.With<ActionItems, Outcome<ActionItem>>(a => a.CompleteAsync(late.Id, kit.InsurerOfficer, None));
        var doneTwice = await kit.With<ActionItems, Outcome<ActionItem>>(a => a.CompleteAsync(late.Id, kit.Coordinator, None));
        kit.Clock.Advance(TimeSpan.FromDays(8));

        Assert.Equal((1, 0, 1, 0), (first, again, weekLater, await Remind(kit)));
        Assert.Equal([("Übersicht entwerfen", true), ("Später", false)], listed.Value!.Select(t => (t.Task.Title, t.IsOverdue)));
        Assert.True(done.Succeeded);
        Assert.Equal("Task.Done", doneTwice.Problem!.Code);
        await using var db = kit.Database.CreateContext();
        var mails = await db.OutboxMessages.Where(m => m.Template == "task-overdue").ToListAsync();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal("ines@kasse.example", m.To));
        Assert.Contains("5. März 2026", mails[0].TextBody);
    }

    /// <summary>The job runs on every node: the reminder is claimed first, so two runs at once send it once.</summary>
    [Theory, BothProviders]
    public async Task Reminder_runs_on_several_nodes_at_once_send_each_reminder_once(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();
        var owner = await kit.ContactAsync(kit.Insurer, "Ines Kasse", "ines@kasse.example");
        var meeting = await kit.MeetingAsync(network, inDays: 0);
        for (var i = 0; i < 5; i++)
        {
            await AddTaskAsync(kit, meeting, owner, $"Aufgabe {i}", new DateOnly(2026, 3, 1));
        }

        var sent = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Remind(kit)));

        Assert.Equal(5, sent.Sum());
        await using var db = kit.Database.CreateContext();
        Assert.Equal(5, await db.OutboxMessages.CountAsync(m => m.Template == "task-overdue"));
    }

    private static Task<int> Remind(NetworkTestKit kit) =>
        kit.WithAsync(s => s.GetRequiredService<TaskReminders>().SendDueAsync(None));

    private static async Task<ActionItem> AddTaskAsync(NetworkTestKit kit, Meeting meeting, ContactPerson owner, string title, DateOnly due)
    {
        var added = await kit.With<ActionItems, Outcome<ActionItem>>(a => a.AddAsync(meeting.Id, new TaskDraft(title, owner.Id, due), kit.Coordinator, None));
        Assert.True(added.Succeeded, added.Problem?.Code);
        return added.Value!;
    }
}
