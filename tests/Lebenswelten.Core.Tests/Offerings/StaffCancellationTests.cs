using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Offerings.RegistrationServiceTests;

namespace Lebenswelten.Core.Tests.Offerings;

/// <summary>
/// The staff's way of cancelling someone's registration: RegistrationService decides itself who is the offering's staff,
/// so nobody gets there by claiming to be.
/// </summary>
public sealed class StaffCancellationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, BothProviders]
    public async Task A_resident_on_the_staff_path_cannot_cancel_someone_elses_registration(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var guest = await RegisterGuestAsync(kit, offering.Id, "lea@example.org");
        var resident = new AuditActor("resident-without-any-role", "127.0.0.1");

        var outcome = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelByProviderAsync(offering.Id, guest.Registration.Id, resident, None));

        Assert.Equal("Registration.NotFound", outcome.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Id == guest.Registration.Id)).Status);
        Assert.Equal(1, (await db.Offerings.SingleAsync(o => o.Id == offering.Id)).TakenPlaces);
    }

    [Theory, BothProviders]
    public async Task A_provider_cannot_cancel_a_registration_of_another_offering_by_naming_their_own(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var own = await kit.CreateOfferingAsync();
        var (otherSite, otherProvider) = await kit.AddSiteAsync("Anderswo");
        var other = await kit.CreateOfferingAsync(kit.NewDraft() with { OrganisationId = otherProvider.Id }, otherSite);
        var guest = await RegisterGuestAsync(kit, other.Id, "max@example.org");

        var outcome = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelByProviderAsync(own.Id, guest.Registration.Id, kit.ProviderActor, None));

        Assert.Equal("Registration.NotFound", outcome.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Id == guest.Registration.Id)).Status);
    }

    [Theory, BothProviders]
    public async Task The_providers_cancellation_moves_the_waiting_list_up_and_is_audited(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        var first = await RegisterGuestAsync(kit, offering.Id, "ola@example.org");
        var second = await RegisterGuestAsync(kit, offering.Id, "pia@example.org");

        var outcome = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelByProviderAsync(offering.Id, first.Registration.Id, kit.ProviderActor, None));

        Assert.True(outcome.Succeeded, outcome.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Id == second.Registration.Id)).Status);
        var stored = await db.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((1, 0), (stored.TakenPlaces, stored.WaitingCount));
        var entry = await db.AuditEntries.SingleAsync(a => a.RecordId == first.Registration.Id.ToString());
        Assert.Equal((AuditAction.Change, kit.ProviderUserId), (entry.Action, entry.ActorUserId));
    }
}
