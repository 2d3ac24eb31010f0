using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Privacy.PrivacyKit;

namespace Lebenswelten.Core.Tests.Privacy;

public sealed class ErasureTests
{
    /// <summary>What the reports are made of: places, waiting list, registrations per status, attendance.</summary>
    private static async Task<string> AggregatesAsync(OfferingTestKit kit, Guid offeringId)
    {
        await using var db = kit.Database.CreateContext();
        var offering = await db.Offerings.SingleAsync(o => o.Id == offeringId);
        var statuses = await db.Registrations.Where(r => r.OfferingId == offeringId).GroupBy(r => r.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var present = await db.Attendances.CountAsync(a => a.Present
            && db.Registrations.Any(r => r.Id == a.RegistrationId && r.OfferingId == offeringId));
        var counts = string.Join(",", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Count}"));
        return $"{offering.TakenPlaces}/{offering.WaitingCount}/{counts}/{present}";
    }

    [Theory, BothProviders]
    public async Task Erasing_an_account_anonymises_a_past_registration_and_keeps_every_count(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(sessions: 1));
        var resident = await kit.ResidentAsync("rosa@example.org");
        var mine = (await kit.RegisterAsync(offering.Id, Account(resident, postcode: "07743", birthYear: 1950))).Registration;
        var other = (await kit.RegisterAsync(offering.Id, Guest("gast@example.org"))).Registration;
        await kit.MarkPresentAsync(offering, mine.Id, other.Id);
        kit.Clock.Advance(TimeSpan.FromDays(30));
        var before = await AggregatesAsync(kit, offering.Id);

        var erased = await kit.WithAsync(s => s.GetRequiredService<Erasure>().EraseAccountAsync(resident.Id, Self(resident), None));

        Assert.True(erased.Succeeded, erased.Problem?.Code);
        Assert.Equal(before, await AggregatesAsync(kit, offering.Id));
        await using var db = kit.Database.CreateContext();
        var stored = await db.Registrations.SingleAsync(r => r.Id == mine.Id);
        Assert.Equal((RegistrationStatus.Confirmed, "", (string?)null, (string?)null, (string?)null, (int?)null),
            (stored.Status, stored.Name, stored.Email, stored.UserId, stored.PostalCode, stored.BirthYear));
        Assert.False(await db.Users.AnyAsync(u => u.Id == resident.Id));
        Assert.False(await db.Consents.AnyAsync(c => c.UserId == resident.Id));
        Assert.Equal(1, await db.Consents.CountAsync(c => c.RegistrationId == mine.Id));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == "rosa@example.org"));
        // The audit log keeps the (now meaningless) id: the duty to account for access outlives the account.
        Assert.True(await db.AuditEntries.AnyAsync(e => e.SubjectUserId == resident.Id && e.DataKind == "Account"
            && e.Action == AuditAction.Delete));
        var list = await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>().ParticipantsAsync(offering.Id, kit.ProviderActor, None));
        Assert.Equal([other.Id], list.Value!.Participants.Select(p => p.Registration.Id));
    }

    [Theory, BothProviders]
    public async Task Erasing_cancels_a_running_registration_so_the_waiting_list_moves_up(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        var resident = await kit.ResidentAsync("rosa@example.org");
        var mine = (await kit.RegisterAsync(offering.Id, Account(resident))).Registration;
        var waiting = (await kit.RegisterAsync(offering.Id, Guest("gast@example.org"))).Registration;

        await kit.WithAsync(s => s.GetRequiredService<Erasure>().EraseAccountAsync(resident.Id, Self(resident), None));

        await using var db = kit.Database.CreateContext();
        var stored = await db.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((1, 0), (stored.TakenPlaces, stored.WaitingCount));
        Assert.Equal(RegistrationStatus.Cancelled, (await db.Registrations.SingleAsync(r => r.Id == mine.Id)).Status);
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Id == waiting.Id)).Status);
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.To == "gast@example.org" && m.Template == "moved-up"));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == "rosa@example.org"));
    }

    [Theory, BothProviders]
    public async Task Erasure_is_one_transaction_when_the_last_step_fails_nothing_changed(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        var resident = await kit.ResidentAsync("rosa@example.org");
        var mine = (await kit.RegisterAsync(offering.Id, Account(resident, postcode: "07743"))).Registration;
        await kit.RegisterAsync(offering.Id, Guest("gast@example.org"));
        var before = await AggregatesAsync(kit, offering.Id);
        await RefuseAccountDeletionAsync(kit.Database, provider);

        await Assert.ThrowsAnyAsync<Exception>(() =>
            kit.WithAsync(s => s.GetRequiredService<Erasure>().EraseAccountAsync(resident.Id, Self(resident), None)));

        Assert.Equal(before, await AggregatesAsync(kit, offering.Id));
        await using var db = kit.Database.CreateContext();
        var stored = await db.Registrations.SingleAsync(r => r.Id == mine.Id);
        Assert.Equal((resident.Id, "07743", "Rosa Resident"), (stored.UserId, stored.PostalCode, stored.Name));
        Assert.True(await db.Consents.AnyAsync(c => c.UserId == resident.Id));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Template == "moved-up"));
    }

    /// <summary>
    /// Erasure runs every capability's part in Privacy's one transaction: when a capability registered after Offerings
    /// and Telemedicine fails, their parts (place released, registration anonymised, appointment deleted) roll back too.
    /// </summary>
    [Theory, BothProviders]
    public async Task When_one_capability_fails_to_erase_no_capability_has_erased_anything(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider,
            configure: s => s.AddScoped<IPersonalDataParticipant, FailingParticipant>());
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        var resident = await kit.ResidentAsync("rosa@example.org");
        var mine = (await kit.RegisterAsync(offering.Id, Account(resident, postcode: "07743"))).Registration;
        await kit.RegisterAsync(offering.Id, Guest("gast@example.org"));
        var before = await AggregatesAsync(kit, offering.Id);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            kit.WithAsync(s => s.GetRequiredService<Erasure>().EraseAccountAsync(resident.Id, Self(resident), None)));

        Assert.Equal(before, await AggregatesAsync(kit, offering.Id));
        await using var db = kit.Database.CreateContext();
        var stored = await db.Registrations.SingleAsync(r => r.Id == mine.Id);
        Assert.Equal((resident.Id, "07743", "Rosa Resident", (DateTimeOffset?)null),
            (stored.UserId, stored.PostalCode, stored.Name, stored.AnonymisedAt));
        Assert.True(await db.Users.AnyAsync(u => u.Id == resident.Id));
        Assert.True(await db.Consents.AnyAsync(c => c.UserId == resident.Id));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.DataKind == "Account" && e.Action == AuditAction.Delete));
    }

    [Theory, BothProviders]
    public async Task Erasure_counts_the_records_of_every_capability_that_takes_part(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider, configure: s => s.AddScoped<IPersonalDataParticipant,
            TestParticipant>());
        var offering = await kit.CreateOfferingAsync();
        var other = await kit.CreateOfferingAsync();
        var resident = await kit.ResidentAsync("rosa@example.org");
        await kit.RegisterAsync(offering.Id, Account(resident));
        await kit.RegisterAsync(other.Id, Account(resident));

        var erased = await kit.WithAsync(s => s.GetRequiredService<Erasure>().EraseAccountAsync(resident.Id, Self(resident), None));

        // Two registrations anonymised, no appointment, and the two records the future capability reports.
        Assert.Equal(4, erased.Value);
    }

    [Theory, BothProviders]
    public async Task A_guest_erases_with_the_personal_link_and_the_link_stops_working(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var receipt = await kit.RegisterAsync(offering.Id, Guest("gast@example.org", phone: "0176 123"));
        var id = receipt.Registration.Id;

        var stranger = await kit.WithAsync(s => s.GetRequiredService<GuestRegistrationData>()
            .EraseAsync(id, "wrong", AuditActor.System, None));
        var guest = await kit.WithAsync(s => s.GetRequiredService<GuestRegistrationData>()
            .EraseAsync(id, receipt.GuestToken, AuditActor.System, None));

        Assert.Equal("Registration.NotFound", stranger.Problem?.Code);
        Assert.True(guest.Succeeded, guest.Problem?.Code);
        Assert.Null(await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .FindForAsync(id, new RegistrationActor(null, receipt.GuestToken), None)));
        await using var db = kit.Database.CreateContext();
        var stored = await db.Registrations.SingleAsync(r => r.Id == id);
        Assert.Equal((RegistrationStatus.Cancelled, "", (string?)null, (string?)null),
            (stored.Status, stored.Name, stored.Email, stored.Phone));
        Assert.Equal(0, (await db.Offerings.SingleAsync(o => o.Id == offering.Id)).TakenPlaces);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == "gast@example.org"));
    }

    /// <summary>A real failure at the very end of the erasure: the database refuses to delete the account row.</summary>
    private static async Task RefuseAccountDeletionAsync(TestDatabase database, DatabaseProvider provider)
    {
        await using var db = database.CreateContext();
        if (provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
                CREATE TRIGGER refuse_user_delete BEFORE DELETE ON "AspNetUsers" FOR EACH ROW EXECUTE FUNCTION refuse_delete();
                """);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER refuse_user_delete BEFORE DELETE ON AspNetUsers BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        }
    }
}
