using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

public sealed class UnpublishTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, BothProviders]
    public async Task Taking_an_offering_out_of_the_catalogue_keeps_every_registration_and_only_its_managers_may(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var anna = (await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org")).Registration;
        var stranger = await OfferingEditorTests.OtherProviderAsync(kit);
        var editor = (IServiceProvider s) => s.GetRequiredService<OfferingEditor>();

        var refused = await kit.WithAsync(s => editor(s).UnpublishAsync(offering.Id, stranger, None));
        var done = await kit.WithAsync(s => editor(s).UnpublishAsync(offering.Id, kit.ProviderActor, None));
        var again = await kit.WithAsync(s => editor(s).UnpublishAsync(offering.Id, kit.ProviderActor, None));
        var inCatalogue = await kit.WithAsync(s => s.GetRequiredService<OfferingCatalogue>().FindPublicAsync(offering.Id, None));

        Assert.Equal("Offering.NotFound", refused.Problem?.Code);
        Assert.Equal(OfferingStatus.Draft, done.Value!.Status);
        Assert.Equal("Offering.NotPublished", again.Problem?.Code);
        Assert.Null(inCatalogue);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Id == anna.Id)).Status);
        Assert.Equal(1, (await db.Offerings.SingleAsync(o => o.Id == offering.Id)).TakenPlaces);
    }

    [Theory, BothProviders]
    public async Task Publishing_a_draft_from_its_preview_puts_it_in_the_catalogue_and_only_its_managers_may(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var draft = await kit.CreateOfferingAsync(kit.NewDraft() with { Publish = false });
        var stranger = await OfferingEditorTests.OtherProviderAsync(kit);
        var editor = (IServiceProvider s) => s.GetRequiredService<OfferingEditor>();
        var catalogue = (IServiceProvider s) => s.GetRequiredService<OfferingCatalogue>();

        var refused = await kit.WithAsync(s => editor(s).PublishAsync(draft.Id, stranger, None));
        var hiddenBefore = await kit.WithAsync(s => catalogue(s).FindPublicAsync(draft.Id, None));
        var done = await kit.WithAsync(s => editor(s).PublishAsync(draft.Id, kit.ProviderActor, None));
        var again = await kit.WithAsync(s => editor(s).PublishAsync(draft.Id, kit.ProviderActor, None));
        var shown = await kit.WithAsync(s => catalogue(s).FindPublicAsync(draft.Id, None));

        Assert.Equal("Offering.NotFound", refused.Problem?.Code);
        Assert.Null(hiddenBefore);
        Assert.Equal(OfferingStatus.Published, done.Value!.Status);
        Assert.Equal("Offering.NotDraft", again.Problem?.Code);
        Assert.NotNull(shown);
    }
}
