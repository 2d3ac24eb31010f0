using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Privacy.PrivacyKit;

namespace Lebenswelten.Core.Tests.Privacy;

public sealed class RetentionTests
{
    private const string Registrations = RegistrationPersonalData.CapabilityName;

    private static Task<RetentionResult> RunAsync(OfferingTestKit kit) =>
        kit.WithAsync(s => s.GetRequiredService<Retention>().RunAsync(None));

    [Theory, BothProviders]
    public async Task Registrations_are_anonymised_two_years_after_the_offering_ended_and_the_counts_stay(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(sessions: 1));
        var resident = await kit.ResidentAsync("rosa@example.org");
        var registration = (await kit.RegisterAsync(offering.Id, Account(resident, postcode: "07743"))).Registration;
        await kit.MarkPresentAsync(offering, registration.Id);
        var ended = offering.LastSessionEnd!.Value;

        kit.Clock.Advance(ended + TimeSpan.FromDays(729) - kit.Clock.GetUtcNow());
        Assert.Equal(0, (await RunAsync(kit)).Of(Registrations));
        kit.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, (await RunAsync(kit)).Of(Registrations));
        Assert.Equal(0, (await RunAsync(kit)).Of(Registrations));

        await using var db = kit.Database.CreateContext();
        var stored = await db.Registrations.SingleAsync(r => r.Id == registration.Id);
        Assert.Equal(("", (string?)null, (string?)null, RegistrationStatus.Confirmed),
            (stored.Name, stored.UserId, stored.PostalCode, stored.Status));
        Assert.Equal(1, (await db.Offerings.SingleAsync(o => o.Id == offering.Id)).TakenPlaces);
        Assert.Equal(1, await db.Attendances.CountAsync(a => a.RegistrationId == registration.Id && a.Present));
        Assert.True(await db.Users.AnyAsync(u => u.Id == resident.Id), "the account itself stays: it is not the registration");
    }

    [Theory, BothProviders]
    public async Task Unconfirmed_guest_registrations_are_deleted_seven_days_after_they_expired(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var silent = (await kit.RegisterAsync(offering.Id, Guest("still@example.org", postcode: "07743"))).Registration;
        var confirmed = await kit.RegisterAsync(offering.Id, Guest("da@example.org"));
        await Offerings.RegistrationServiceTests.ConfirmFromMailAsync(kit, confirmed);
        kit.Clock.Advance(TimeSpan.FromHours(25));
        await kit.WithAsync(s => s.GetRequiredService<RegistrationExpiry>().ReleaseExpiredAsync(None));

        kit.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, (await RunAsync(kit)).Of(Registrations));
        kit.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, (await RunAsync(kit)).Of(Registrations));

        await using var db = kit.Database.CreateContext();
        Assert.Equal([confirmed.Registration.Id], await db.Registrations.Select(r => r.Id).ToListAsync());
        Assert.False(await db.Consents.AnyAsync(c => c.RegistrationId == silent.Id));
    }

    [Theory, BothProviders]
    public async Task Each_capability_purges_its_own_records_and_the_run_counts_them_per_capability(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider, configure: s => s.AddScoped<IPersonalDataParticipant,
            TestParticipant>());

        var result = await RunAsync(kit);

        Assert.Equal([TestParticipant.Name, Registrations, "Telemedicine"], result.Purged.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Equal((0, 0, 3), (result.Of(Registrations), result.Of("Telemedicine"), result.Of(TestParticipant.Name)));
    }

    [Theory, BothProviders]
    public async Task Audit_entries_are_deleted_after_two_years_and_younger_ones_stay(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>().ParticipantsAsync(offering.Id, kit.ProviderActor, None));
        await using (var db = kit.Database.CreateContext())
        {
            Assert.True(await db.AuditEntries.CountAsync() >= 2);
        }
        kit.Clock.Advance(TimeSpan.FromDays(729));
        await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>().ParticipantsAsync(offering.Id, kit.ProviderActor, None));
        Assert.Equal(0, (await RunAsync(kit)).AuditEntriesDeleted);
        kit.Clock.Advance(TimeSpan.FromDays(2));

        var result = await RunAsync(kit);

        Assert.True(result.AuditEntriesDeleted >= 2);
        await using var after = kit.Database.CreateContext();
        var left = await after.AuditEntries.ToListAsync();
        Assert.Equal(kit.Clock.GetUtcNow() - TimeSpan.FromDays(2), Assert.Single(left).At);
    }

    [Theory, BothProviders]
    public async Task Sent_mails_and_mails_given_up_on_leave_the_outbox_after_30_days_and_pending_ones_stay(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var now = kit.Clock.GetUtcNow();
        await using (var db = kit.Database.CreateContext())
        {
            db.OutboxMessages.AddRange(
                Mail("sent@example.org", now, sentAt: now, attempts: 1),
                Mail("given-up@example.org", now, sentAt: null, attempts: OutboxSender.MaxAttempts),
                Mail("pending@example.org", now, sentAt: null, attempts: 3));
            await db.SaveChangesAsync();
        }
        kit.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, (await RunAsync(kit)).MailsDeleted);
        kit.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(2, (await RunAsync(kit)).MailsDeleted);

        await using var after = kit.Database.CreateContext();
        Assert.Equal(["pending@example.org"], await after.OutboxMessages.Select(m => m.To).ToListAsync());
    }

    private static OutboxMessage Mail(string to, DateTimeOffset createdAt, DateTimeOffset? sentAt, int attempts) => new()
    {
        To = to, Subject = "Ihre Anmeldung", TextBody = "Hallo Rosa, ...", Template = "test",
        CreatedAt = createdAt, NextAttemptAt = createdAt, SentAt = sentAt, Attempts = attempts,
    };
}
