using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Privacy.PrivacyKit;

namespace Lebenswelten.Core.Tests.Privacy;

public sealed class ConsentBookTests
{
    [Theory, BothProviders]
    public async Task A_registration_records_a_consent_only_for_the_voluntary_fields_it_was_given(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var resident = await kit.ResidentAsync("rosa@example.org");

        var guest = await kit.RegisterAsync(offering.Id, Guest("gast@example.org", phone: "0176 123", postcode: "07743"));
        var plain = await kit.RegisterAsync(offering.Id, Account(resident));

        await using var db = kit.Database.CreateContext();
        var consents = await db.Consents.OrderBy(c => c.Purpose).ToListAsync();
        Assert.Equal([ConsentPurposes.GuestContact, ConsentPurposes.RegistrationStatistics], consents.Select(c => c.Purpose));
        Assert.All(consents, c => Assert.Equal((guest.Registration.Id, ConsentPurposes.TextVersion, "de", kit.Clock.GetUtcNow(), (string?)null),
            (c.RegistrationId!.Value, c.TextVersion, c.Language, c.GivenAt, c.UserId)));
        Assert.DoesNotContain(consents, c => c.RegistrationId == plain.Registration.Id);
    }

    [Theory, BothProviders]
    public async Task Withdrawing_the_statistics_consent_removes_the_fields_and_is_kept_as_proof(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var resident = await kit.ResidentAsync("rosa@example.org");
        var registration = (await kit.RegisterAsync(offering.Id, Account(resident, postcode: "07743", birthYear: 1961))).Registration;
        var consent = await kit.WithAsync(s => s.GetRequiredService<ConsentBook>().ForUserAsync(resident.Id, None));
        var other = await kit.ResidentAsync("otto@example.org");

        var stranger = await kit.WithAsync(s => s.GetRequiredService<ConsentBook>().WithdrawAsync(consent.Single().Id, other.Id, null, Self(other), None));
        Assert.Equal("Consent.NotFound", stranger.Problem?.Code);
        kit.Clock.Advance(TimeSpan.FromDays(3));
        var withdrawn = await kit.WithAsync(s => s.GetRequiredService<ConsentBook>().WithdrawAsync(consent.Single().Id, resident.Id, null, Self(resident), None));
        Assert.True(withdrawn.Succeeded, withdrawn.Problem?.Code);
        var again = await kit.WithAsync(s => s.GetRequiredService<ConsentBook>().WithdrawAsync(consent.Single().Id, resident.Id, null, Self(resident), None));
        Assert.Equal("Consent.AlreadyWithdrawn", again.Problem?.Code);

        await using var db = kit.Database.CreateContext();
        var stored = await db.Registrations.SingleAsync(r => r.Id == registration.Id);
        Assert.Equal(((string?)null, (int?)null, (Sex?)null, "Rosa Resident"), (stored.PostalCode, stored.BirthYear, stored.Sex, stored.Name));
        Assert.Equal(kit.Clock.GetUtcNow(), (await db.Consents.SingleAsync()).WithdrawnAt);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.DataKind == "Consent" && e.SubjectUserId == resident.Id && e.Action == AuditAction.Change));
    }

    [Theory, BothProviders]
    public async Task A_guest_withdraws_through_the_registration_the_consent_came_with(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var guest = (await kit.RegisterAsync(offering.Id, Guest("gast@example.org", phone: "0176 123"))).Registration;
        var other = (await kit.RegisterAsync(offering.Id, Guest("anderer@example.org"))).Registration;
        var consent = (await kit.WithAsync(s => s.GetRequiredService<ConsentBook>().ForRegistrationAsync(guest.Id, None))).Single();

        var wrong = await kit.WithAsync(s => s.GetRequiredService<ConsentBook>().WithdrawAsync(consent.Id, null, other.Id, AuditActor.System, None));
        Assert.Equal("Consent.NotFound", wrong.Problem?.Code);
        var right = await kit.WithAsync(s => s.GetRequiredService<ConsentBook>().WithdrawAsync(consent.Id, null, guest.Id, AuditActor.System, None));
        Assert.True(right.Succeeded, right.Problem?.Code);

        await using var db = kit.Database.CreateContext();
        Assert.Null((await db.Registrations.SingleAsync(r => r.Id == guest.Id)).Phone);
    }
}
