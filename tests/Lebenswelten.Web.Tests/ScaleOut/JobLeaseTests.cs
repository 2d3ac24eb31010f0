using Lebenswelten.Core.Data;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lebenswelten.Web.Tests.ScaleOut;

/// <summary>
/// Background jobs on several nodes (issue 21). Each node's scheduler runs every job; the work is claimed in the
/// database, so it is done once: the outbox leases each mail (a conditional update, 5 minutes), a reminder run claims
/// its session in the transaction that writes the mails. A node that dies loses its claim: an uncommitted transaction
/// rolls back with its connection, an outbox lease runs out and another node sends the mail.
/// </summary>
public sealed class JobLeaseTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task Reminders_go_out_once_when_both_nodes_run_the_job_at_the_same_moment()
    {
        var (_, guests) = await OfferingStartingSoonAsync(4);

        for (var round = 0; round < 3; round++)
        {
            await nodes.OnBothAsync<SessionReminders, int>(reminders => reminders.SendDueAsync(default));
        }

        Assert.Equal(guests.Order(), (await OutboxToAsync(guests, "session-reminder")).Order());
    }

    [Fact]
    public async Task Outbox_mails_go_out_once_when_both_nodes_send_at_the_same_moment()
    {
        var offering = await TestOfferings.CreateAsync(nodes.A);
        var guests = Enumerable.Range(0, 6).Select(_ => TestOfferings.GuestEmail()).ToList();
        foreach (var guest in guests)
        {
            await TestOfferings.RegisterGuestAsync(nodes.A, offering.Id, guest);
        }

        for (var round = 0; round < 10; round++)
        {
            if ((await nodes.OnBothAsync<OutboxSender, int>(sender => sender.SendDueAsync())).Sum() == 0)
            {
                break;
            }
        }

        var received = (await nodes.A.Mail.ReceivedAsync()).Select(m => m.To.Mailboxes.Single().Address).Where(guests.Contains);
        Assert.Equal(guests.Order(), received.Order());
    }

    [Fact]
    public async Task A_mail_leased_by_a_node_that_died_is_sent_by_another_node_once_the_lease_runs_out()
    {
        var offering = await TestOfferings.CreateAsync(nodes.A);
        var guest = TestOfferings.GuestEmail();
        await TestOfferings.RegisterGuestAsync(nodes.A, offering.Id, guest);
        // What a node leaves behind that claimed the mail and died before sending it: the lease, and no SentAt.
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var leasedUntil = DateTimeOffset.UtcNow.AddMinutes(5);
            await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().OutboxMessages.Where(m => m.To == guest)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, leasedUntil));
        }

        await nodes.OnBothAsync<OutboxSender, int>(sender => sender.SendDueAsync());
        Assert.Empty(await MailsToAsync(guest));

        // Six minutes on, the lease has run out: a node that is still alive sends it, once.
        var later = new MovableClock();
        later.Advance(TimeSpan.FromMinutes(6));
        await using var survivor = AppHost.StartNodeAsync(nodes.A, new Dictionary<string, string?> { ["Quartz:Enabled"] = "false" }, later);
        await using (var scope = survivor.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        }
        Assert.Single(await MailsToAsync(guest));
    }

    [Fact]
    public async Task A_reminder_run_killed_before_it_committed_leaves_the_session_to_the_other_node()
    {
        var (session, guests) = await OfferingStartingSoonAsync(3);
        // A node claims the session in its transaction and is killed before the commit: PostgreSQL rolls the claim back
        // when the connection drops.
        // Unpooled, so that closing it drops the connection as a killed process does.
        var connection = new NpgsqlConnectionStringBuilder(nodes.A.Services.GetRequiredService<DatabaseSettings>().ConnectionString)
        {
            Pooling = false,
        };
        await using (var killed = new NpgsqlConnection(connection.ConnectionString))
        {
            await killed.OpenAsync();
            await using var transaction = await killed.BeginTransactionAsync();
            await using var claim = new NpgsqlCommand(
                """UPDATE "OfferingSessions" SET "ReminderSentAt" = now() WHERE "Id" = @id""", killed, transaction);
            claim.Parameters.AddWithValue("id", session);
            Assert.Equal(1, await claim.ExecuteNonQueryAsync());
        }

        await using (var scope = nodes.B.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SessionReminders>().SendDueAsync(default);
        }

        Assert.Equal(guests.Order(), (await OutboxToAsync(guests, "session-reminder")).Order());
    }

    /// <summary>An offering of A's whose first session starts in two hours, with guests holding places.</summary>
    private async Task<(Guid Session, List<string> Guests)> OfferingStartingSoonAsync(int guestCount)
    {
        var offering = await TestOfferings.CreateAsync(nodes.A);
        var guests = Enumerable.Range(0, guestCount).Select(_ => TestOfferings.GuestEmail()).ToList();
        foreach (var guest in guests)
        {
            await TestOfferings.RegisterGuestAsync(nodes.A, offering.Id, guest);
        }
        await using var scope = nodes.A.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var first = await db.OfferingSessions.Where(s => s.OfferingId == offering.Id).OrderBy(s => s.StartsAt).FirstAsync();
        first.StartsAt = DateTimeOffset.UtcNow.AddHours(2);
        first.EndsAt = first.StartsAt.AddHours(1);
        await db.SaveChangesAsync();
        return (first.Id, guests);
    }

    private async Task<List<string>> OutboxToAsync(List<string> recipients, string template)
    {
        await using var scope = nodes.A.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().OutboxMessages
            .Where(m => m.Template == template && recipients.Contains(m.To)).Select(m => m.To).ToListAsync();
    }

    private async Task<List<MimeKit.MimeMessage>> MailsToAsync(string recipient) =>
        (await nodes.A.Mail.ReceivedAsync()).Where(m => m.To.Mailboxes.Any(b => b.Address == recipient)).ToList();
}
