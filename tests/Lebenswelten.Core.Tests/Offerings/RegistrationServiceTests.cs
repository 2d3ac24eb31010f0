using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

public sealed class RegistrationServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, BothProviders]
    public async Task A_full_offering_puts_people_on_the_waiting_list_and_a_cancellation_moves_the_first_up(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));

        var first = await RegisterGuestAsync(kit, offering.Id, "anna@example.org");
        var second = await RegisterGuestAsync(kit, offering.Id, "ben@example.org");
        var third = await RegisterGuestAsync(kit, offering.Id, "cem@example.org");

        Assert.Equal(RegistrationStatus.Confirmed, first.Registration.Status);
        Assert.Equal((RegistrationStatus.Waitlisted, 1), (second.Registration.Status, second.WaitingListPosition));
        Assert.Equal((RegistrationStatus.Waitlisted, 2), (third.Registration.Status, third.WaitingListPosition));

        var cancelled = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelAsync(first.Registration.Id, new RegistrationActor(null, first.GuestToken), None));
        Assert.True(cancelled.Succeeded, cancelled.Problem?.Code);

        await using var db = kit.Database.CreateContext();
        var statuses = await db.Registrations.Where(r => r.OfferingId == offering.Id).OrderBy(r => r.Sequence).Select(r => r.Status)
            .ToListAsync();
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted], statuses);
        var stored = await db.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((1, 1), (stored.TakenPlaces, stored.WaitingCount));
        var mails = await db.OutboxMessages.Where(m => m.To == "ben@example.org").Select(m => m.Template).ToListAsync();
        Assert.Contains("moved-up", mails);
        var movedUp = await db.OutboxMessages.SingleAsync(m => m.To == "ben@example.org" && m.Template == "moved-up");
        Assert.Contains("BEGIN:VEVENT", movedUp.AttachmentText);
    }

    [Theory, BothProviders]
    public async Task The_same_person_cannot_register_twice_but_can_again_after_cancelling(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var first = await RegisterGuestAsync(kit, offering.Id, "dora@example.org");

        var again = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .RegisterAsync(offering.Id, new Registrant(null, "Dora", "DORA@example.org"), None));
        Assert.Equal("Registration.Duplicate", again.Problem?.Code);

        await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelAsync(first.Registration.Id, new RegistrationActor(null, first.GuestToken), None));
        var afterCancel = await RegisterGuestAsync(kit, offering.Id, "dora@example.org");
        Assert.Equal(RegistrationStatus.Confirmed, afterCancel.Registration.Status);
    }

    [Theory, BothProviders]
    public async Task A_guest_who_does_not_confirm_in_24_hours_loses_the_place_to_the_waiting_list(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        var silent = await RegisterGuestAsync(kit, offering.Id, "emil@example.org");
        var waiting = await RegisterGuestAsync(kit, offering.Id, "fatma@example.org");
        await ConfirmFromMailAsync(kit, waiting);

        kit.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await kit.WithAsync(s => s.GetRequiredService<RegistrationExpiry>().ReleaseExpiredAsync(None)));
        kit.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await kit.WithAsync(s => s.GetRequiredService<RegistrationExpiry>().ReleaseExpiredAsync(None)));

        await using var db = kit.Database.CreateContext();
        Assert.Equal(RegistrationStatus.Expired, (await db.Registrations.SingleAsync(r => r.Id == silent.Registration.Id)).Status);
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Id == waiting.Registration.Id)).Status);
    }

    [Theory, BothProviders]
    public async Task Only_the_link_mailed_to_the_address_confirms_it_not_the_one_the_form_gives_back(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var entry = await RegisterGuestAsync(kit, offering.Id, "nicht-meine@example.org");
        var service = (IServiceProvider s) => s.GetRequiredService<RegistrationService>();

        var bySender = await kit.WithAsync(s => service(s).ConfirmEmailAsync(entry.Registration.Id, entry.GuestToken!, None));
        var senderSeesIt = await kit.WithAsync(s => service(s)
            .FindForAsync(entry.Registration.Id, new RegistrationActor(null, entry.GuestToken), None));
        var mailed = await kit.MailedTokenAsync("nicht-meine@example.org", "/bestaetigen?token=");
        var mailedManages = await kit.WithAsync(s => service(s)
            .FindForAsync(entry.Registration.Id, new RegistrationActor(null, mailed), None));

        Assert.Equal("Registration.NotFound", bySender.Problem?.Code);
        Assert.NotNull(senderSeesIt);
        Assert.NotEqual(entry.GuestToken, mailed);
        Assert.Null(mailedManages);
        await using (var db = kit.Database.CreateContext())
        {
            Assert.Null((await db.Registrations.SingleAsync(r => r.Id == entry.Registration.Id)).EmailConfirmedAt);
        }
        var byOwner = await kit.WithAsync(s => service(s).ConfirmEmailAsync(entry.Registration.Id, mailed, None));
        Assert.NotNull(byOwner.Value?.EmailConfirmedAt);
    }

    [Theory, BothProviders]
    public async Task An_entry_the_sender_tried_to_confirm_with_the_form_link_still_expires_and_the_waiting_list_moves_up(
        DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        var squatter = await RegisterGuestAsync(kit, offering.Id, "opfer@example.org");
        var waiting = await RegisterGuestAsync(kit, offering.Id, "wartet@example.org");
        await ConfirmFromMailAsync(kit, waiting);

        await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .ConfirmEmailAsync(squatter.Registration.Id, squatter.GuestToken!, None));
        kit.Clock.Advance(TimeSpan.FromHours(25));
        await kit.WithAsync(s => s.GetRequiredService<RegistrationExpiry>().ReleaseExpiredAsync(None));

        await using var db = kit.Database.CreateContext();
        Assert.Equal(RegistrationStatus.Expired, (await db.Registrations.SingleAsync(r => r.Id == squatter.Registration.Id)).Status);
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Id == waiting.Registration.Id)).Status);
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.To == "wartet@example.org" && m.Template == "moved-up"));
    }

    [Theory, BothProviders]
    public async Task An_unconfirmed_guest_entry_with_a_residents_address_gives_way_to_the_residents_own_registration(
        DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var full = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        var other = await kit.CreateOfferingAsync();
        var blocker = await RegisterGuestAsync(kit, full.Id, "Provider@Test.invalid");
        var ownGuestEntry = await RegisterGuestAsync(kit, other.Id, "provider@test.invalid");
        await ConfirmFromMailAsync(kit, ownGuestEntry);

        var resident = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .RegisterAsync(full.Id, new Registrant(kit.ProviderUserId, "Konto", "provider@test.invalid"), None));
        var again = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .RegisterAsync(other.Id, new Registrant(kit.ProviderUserId, "Konto", "provider@test.invalid"), None));

        Assert.Equal(RegistrationStatus.Confirmed, resident.Value?.Registration.Status);
        Assert.Equal("Registration.Duplicate", again.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(RegistrationStatus.Expired, (await db.Registrations.SingleAsync(r => r.Id == blocker.Registration.Id)).Status);
        var stored = await db.Offerings.SingleAsync(o => o.Id == full.Id);
        Assert.Equal((1, 0), (stored.TakenPlaces, stored.WaitingCount));
    }

    [Theory, BothProviders]
    public async Task In_offer_mode_a_freed_place_is_held_and_passes_on_when_the_offer_runs_out(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1) with { WaitingListMode = WaitingListMode.OfferWithDeadline,
            OfferHoldHours = 48 });
        var holder = await RegisterAccountAsync(kit, offering.Id);
        var next = await RegisterGuestAsync(kit, offering.Id, "gita@example.org");
        var last = await RegisterGuestAsync(kit, offering.Id, "hans@example.org");
        foreach (var guest in new[] { next, last })
        {
            await ConfirmFromMailAsync(kit, guest);
        }

        await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelAsync(holder.Registration.Id, new RegistrationActor(kit.ProviderUserId), None));
        await using (var db = kit.Database.CreateContext())
        {
            var offered = await db.Registrations.SingleAsync(r => r.Id == next.Registration.Id);
            Assert.Equal(RegistrationStatus.Offered, offered.Status);
            Assert.Equal(kit.Clock.GetUtcNow().AddHours(48), offered.OfferExpiresAt);
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.To == "gita@example.org" && m.Template == "place-offered"));
        }

        kit.Clock.Advance(TimeSpan.FromHours(49));
        await kit.WithAsync(s => s.GetRequiredService<RegistrationExpiry>().ReleaseExpiredAsync(None));
        var accepted = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .AcceptOfferAsync(last.Registration.Id, new RegistrationActor(null, last.GuestToken), None));

        Assert.Equal(RegistrationStatus.Confirmed, accepted.Value?.Status);
        await using var check = kit.Database.CreateContext();
        Assert.Equal(RegistrationStatus.Expired, (await check.Registrations.SingleAsync(r => r.Id == next.Registration.Id)).Status);
    }

    [Theory, BothProviders]
    public async Task Participants_cannot_cancel_themselves_after_the_deadline_but_staff_can(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var guest = await RegisterGuestAsync(kit, offering.Id, "ida@example.org");
        kit.Clock.Advance(offering.FirstSessionStart!.Value - kit.Clock.GetUtcNow() - TimeSpan.FromHours(23));

        var late = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelAsync(guest.Registration.Id, new RegistrationActor(null, guest.GuestToken), None));
        Assert.Equal("Registration.DeadlinePassed", late.Problem?.Code);

        var byStaff = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelByProviderAsync(offering.Id, guest.Registration.Id, kit.ProviderActor, None));
        Assert.True(byStaff.Succeeded);
    }

    [Theory, BothProviders]
    public async Task A_stranger_with_a_wrong_token_finds_nothing(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var guest = await RegisterGuestAsync(kit, offering.Id, "jan@example.org");

        var outcome = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelAsync(guest.Registration.Id, new RegistrationActor("someone-else", "not-the-token"), None));

        Assert.Equal("Registration.NotFound", outcome.Problem?.Code);
    }

    internal static async Task<RegistrationReceipt> RegisterGuestAsync(OfferingTestKit kit, Guid offeringId, string email)
    {
        var outcome = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .RegisterAsync(offeringId, new Registrant(null, email.Split('@')[0], email), None));
        return outcome.Value ?? throw new InvalidOperationException(outcome.Problem?.Code);
    }

    /// <summary>The guest opens the confirmation link from the mail and presses the button.</summary>
    internal static async Task ConfirmFromMailAsync(OfferingTestKit kit, RegistrationReceipt guest)
    {
        var token = await kit.MailedTokenAsync(guest.Registration.Email!, "/bestaetigen?token=");
        var confirmed = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .ConfirmEmailAsync(guest.Registration.Id, token, None));
        Assert.True(confirmed.Succeeded, confirmed.Problem?.Code);
    }

    private static async Task<RegistrationReceipt> RegisterAccountAsync(OfferingTestKit kit, Guid offeringId)
    {
        var outcome = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .RegisterAsync(offeringId, new Registrant(kit.ProviderUserId, "Konto", "provider@test.invalid"), None));
        return outcome.Value ?? throw new InvalidOperationException(outcome.Problem?.Code);
    }
}
