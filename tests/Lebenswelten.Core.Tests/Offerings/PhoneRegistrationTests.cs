using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Offerings.RegistrationServiceTests;

namespace Lebenswelten.Core.Tests.Offerings;

/// <summary>
/// Staff register someone who called (issue 25) through the one admission of RegistrationService: capacity, waiting list
/// and duplicates as for everyone; the consent says it was given by phone and who entered it; the entry is audited.
/// </summary>
public sealed class PhoneRegistrationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    internal static PhoneRegistrationDraft Caller(string name = "Erika Muster", string phone = "03641 123456", string? email = null) =>
        new(name, phone, email, ConsentGiven: true);

    internal static Task<Outcome<RegistrationReceipt>> RegisterByPhoneAsync(OfferingTestKit kit, Guid offeringId,
        PhoneRegistrationDraft draft, AuditActor? staff = null) =>
        kit.WithAsync(s => s.GetRequiredService<RegistrationService>().RegisterByPhoneAsync(offeringId, draft, staff ?? kit.ProviderActor, None));

    [Theory, BothProviders]
    public async Task A_caller_without_e_mail_gets_a_place_the_consent_names_the_phone_and_who_entered_it_and_no_mail_goes_out(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();

        var outcome = await RegisterByPhoneAsync(kit, offering.Id, Caller());

        Assert.True(outcome.Succeeded, outcome.Problem?.Code);
        var receipt = outcome.Value!;
        Assert.Equal((RegistrationStatus.Confirmed, (string?)null), (receipt.Registration.Status, receipt.GuestToken));
        await using var db = kit.Database.CreateContext();
        var stored = await db.Registrations.SingleAsync(r => r.Id == receipt.Registration.Id);
        Assert.Equal((kit.ProviderUserId, (DateTimeOffset?)null), (stored.RegisteredByUserId, stored.ConfirmationDueAt));
        var consent = await db.Consents.SingleAsync(c => c.RegistrationId == stored.Id);
        Assert.Equal((ConsentPurposes.GuestContact, ConsentChannel.Phone, kit.ProviderUserId, kit.Clock.GetUtcNow()),
            (consent.Purpose, consent.Channel, consent.RecordedByUserId, consent.GivenAt));
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
        var audit = await db.AuditEntries.SingleAsync(a => a.RecordId == stored.Id.ToString());
        Assert.Equal((AuditAction.Create, kit.ProviderUserId), (audit.Action, audit.ActorUserId));
        Assert.Equal(1, (await db.Offerings.SingleAsync(o => o.Id == offering.Id)).TakenPlaces);
    }

    [Theory, BothProviders]
    public async Task A_caller_with_e_mail_is_mailed_a_personal_link_and_keeps_the_place_without_clicking(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();

        var receipt = (await RegisterByPhoneAsync(kit, offering.Id, Caller(email: "erika@example.org"))).Value!;
        kit.Clock.Advance(TimeSpan.FromHours(48));
        await kit.WithAsync(s => s.GetRequiredService<RegistrationExpiry>().ReleaseExpiredAsync(None));

        await using var db = kit.Database.CreateContext();
        var mail = await db.OutboxMessages.SingleAsync(m => m.To == "erika@example.org");
        Assert.Equal("registration-by-phone", mail.Template);
        Assert.Contains($"/anmeldungen/{receipt.Registration.Id}?token=", mail.TextBody);
        Assert.Contains("BEGIN:VEVENT", mail.AttachmentText);
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Id == receipt.Registration.Id)).Status);
        Assert.Null(receipt.GuestToken);
    }

    [Theory, BothProviders]
    public async Task A_full_course_puts_the_caller_on_the_waiting_list_and_the_same_caller_twice_is_refused(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        await RegisterGuestAsync(kit, offering.Id, "anna@example.org");

        var waiting = await RegisterByPhoneAsync(kit, offering.Id, Caller());
        var again = await RegisterByPhoneAsync(kit, offering.Id, Caller(name: " erika muster ", phone: "+49 3641 12 34 56"));
        var sameMail = await RegisterByPhoneAsync(kit, offering.Id, Caller(name: "Anna", phone: "0341 99999", email: "ANNA@example.org"));
        var housemate = await RegisterByPhoneAsync(kit, offering.Id, Caller(name: "Max Muster"));

        Assert.Equal((RegistrationStatus.Waitlisted, 1), (waiting.Value!.Registration.Status, waiting.Value.WaitingListPosition));
        Assert.Equal("Registration.Duplicate", again.Problem?.Code);
        Assert.Equal("Registration.Duplicate", sameMail.Problem?.Code);
        Assert.Equal(2, housemate.Value!.WaitingListPosition);
    }

    [Theory, BothProviders]
    public async Task A_caller_without_e_mail_who_moves_up_gets_the_place_at_once_since_no_offer_could_reach_them(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1) with { WaitingListMode = WaitingListMode.OfferWithDeadline });
        var first = await RegisterGuestAsync(kit, offering.Id, "erste@example.org");
        var byPhone = (await RegisterByPhoneAsync(kit, offering.Id, Caller())).Value!;
        var byMail = (await RegisterByPhoneAsync(kit, offering.Id, Caller(name: "Mia Mail", email: "mia@example.org"))).Value!;

        var service = (IServiceProvider s) => s.GetRequiredService<RegistrationService>();

        await kit.WithAsync(s => service(s).CancelByProviderAsync(offering.Id, first.Registration.Id, kit.ProviderActor, None));
        var phonedStatus = await StatusAsync(kit, byPhone.Registration.Id);
        await kit.WithAsync(s => service(s).CancelByProviderAsync(offering.Id, byPhone.Registration.Id, kit.ProviderActor, None));
        var mailedStatus = await StatusAsync(kit, byMail.Registration.Id);

        Assert.Equal(RegistrationStatus.Confirmed, phonedStatus);
        Assert.Equal(RegistrationStatus.Offered, mailedStatus);
    }

    private static async Task<RegistrationStatus> StatusAsync(OfferingTestKit kit, Guid registrationId)
    {
        await using var db = kit.Database.CreateContext();
        return (await db.Registrations.SingleAsync(r => r.Id == registrationId)).Status;
    }

    [Theory, BothProviders]
    public async Task Someone_who_is_not_the_offerings_staff_cannot_register_anyone_and_learns_nothing(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var stranger = await OfferingEditorTests.OtherProviderAsync(kit);
        var resident = new AuditActor("resident-without-any-role", "127.0.0.1");

        var byStranger = await RegisterByPhoneAsync(kit, offering.Id, Caller(), stranger);
        var byResident = await RegisterByPhoneAsync(kit, offering.Id, new PhoneRegistrationDraft(null, null), resident);
        var unknown = await RegisterByPhoneAsync(kit, Guid.NewGuid(), Caller());

        Assert.All(new[] { byStranger, byResident, unknown }, o => Assert.Equal("Offering.NotFound", o.Problem?.Code));
        await using var db = kit.Database.CreateContext();
        Assert.Equal(0, await db.Registrations.CountAsync());
    }

    [Theory, BothProviders]
    public async Task A_draft_and_a_closed_registration_refuse_the_caller_as_they_refuse_everyone(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var draft = await kit.CreateOfferingAsync(kit.NewDraft() with { Publish = false });
        var closed = await kit.CreateOfferingAsync(kit.NewDraft() with { RegistrationClosesAt = kit.Clock.GetUtcNow().AddDays(-1) });

        Assert.Equal("Offering.NotFound", (await RegisterByPhoneAsync(kit, draft.Id, Caller())).Problem?.Code);
        Assert.Equal("Registration.Closed", (await RegisterByPhoneAsync(kit, closed.Id, Caller())).Problem?.Code);
    }

    [Fact]
    public void Missing_name_phone_and_consent_are_each_named()
    {
        var problem = new PhoneRegistrationDraft(" ", "", "keine-adresse", ConsentGiven: false, Language: "fr").Validate();

        Assert.Equal(["ConsentGiven", "Email", "Language", "Name", "Phone"], problem!.FieldErrors!.Keys.Order());
        Assert.Equal(["NotAPhoneNumber"], new PhoneRegistrationDraft("Erika", "12", ConsentGiven: true).Validate()!.FieldErrors!["Phone"]);
        Assert.Null(Caller(phone: "(0341) 12 34-56").Validate());
    }

    [Theory, BothProviders]
    public async Task Twenty_parallel_phone_registrations_for_three_places_confirm_exactly_three(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 3));

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            RegisterByPhoneAsync(kit, offering.Id, Caller(name: $"Anrufer {i}", phone: $"0341 1000{i:00}")))));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Problem?.Code));
        Assert.Equal(3, outcomes.Count(o => o.Value!.Registration.Status == RegistrationStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, 17), outcomes.Select(o => o.Value!.WaitingListPosition).OfType<int>().Order());
        await using var db = kit.Database.CreateContext();
        Assert.Equal(3, await db.Registrations.CountAsync(r => r.OfferingId == offering.Id && r.Status == RegistrationStatus.Confirmed));
        var counters = await db.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((3, 17), (counters.TakenPlaces, counters.WaitingCount));
    }
}
