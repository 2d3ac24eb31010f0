using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class ContactPersonTests
{
    [Theory, BothProviders]
    public async Task Contact_persons_are_for_members_of_a_network_the_organisation_belongs_to_and_every_read_is_audited(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();
        var person = await kit.PersonAsync(Lebenswelten.Core.Identity.SiteRole.Resident, kit.Site.Id, null, "Ina Ansprech");
        await using (var db = kit.Database.CreateContext())
        {
            db.ContactPersons.Add(new ContactPerson
            {
                SiteId = kit.Site.Id, OrganisationId = kit.Insurer.Id, Name = "Ina Ansprech", UserId = person.UserId,
                ConsentVersion = ContactPerson.ConsentTextVersion, ConsentSource = ConsentSource.Self,
            });
            await db.SaveChangesAsync();
        }

        var outsider = await kit.With<ContactPersons, Outcome<IReadOnlyList<ContactPerson>>>(c => c.ListAsync(kit.Insurer.Id, kit.Provider, None));
        await kit.AddMemberAsync(network, kit.Club, NetworkRole.Member);
        var member = await kit.With<ContactPersons, Outcome<IReadOnlyList<ContactPerson>>>(c => c.ListAsync(kit.Insurer.Id, kit.Provider, None));
        var elsewhere = await kit.With<ContactPersons, Outcome<IReadOnlyList<ContactPerson>>>(c =>
            c.ListAsync(kit.Insurer.Id, kit.OtherCoordinator, None));

        Assert.Equal("Organisation.NotFound", outsider.Problem!.Code);
        Assert.Equal("Ina Ansprech", Assert.Single(member.Value!).Name);
        Assert.Equal("Organisation.NotFound", elsewhere.Problem!.Code);
        await using var check = kit.Database.CreateContext();
        var read = await check.AuditEntries.SingleAsync(e => e.ActorUserId == kit.Provider.UserId && e.DataKind == ContactPersons.AuditKind);
        Assert.Equal(person.UserId, read.SubjectUserId);
    }

    [Theory, BothProviders]
    public async Task A_contact_is_listed_only_with_recorded_consent_and_by_those_who_edit_the_profile(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.NetworkAsync();

        var withoutConsent = await kit.With<ContactPersons, Outcome<ContactPerson>>(c => c.AddAsync(kit.Insurer.Id,
            new ContactDraft("Karl Kasse", null, "kein-at", "123", false, null), kit.InsurerOfficer, None));
        var own = await kit.With<ContactPersons, Outcome<ContactPerson>>(c => c.AddAsync(kit.Insurer.Id,
            new ContactDraft("Karl Kasse", "Referent", "karl@example.org", "0361 1234567", true, ConsentSource.Written), kit.InsurerOfficer, None));
        var othersProfile = await kit.With<ContactPersons, Outcome<ContactPerson>>(c => c.AddAsync(kit.Municipality.Id,
            new ContactDraft("Fremd", null, null, null, true, ConsentSource.Verbal), kit.InsurerOfficer, None));

        var errors = withoutConsent.Problem!.FieldErrors!;
        Assert.Equal(["MustAccept"], errors["ConsentGiven"]);
        Assert.Equal(["Required"], errors["ConsentSource"]);
        Assert.Equal(["InvalidEmail"], errors["Email"]);
        Assert.Equal(["InvalidPhone"], errors["Phone"]);
        Assert.Equal(("+493611234567", ConsentSource.Written, ContactPerson.ConsentTextVersion, kit.InsurerOfficer.UserId),
            (own.Value!.Phone, own.Value.ConsentSource, own.Value.ConsentVersion, own.Value.RecordedByUserId));
        Assert.Equal("Organisation.Forbidden", othersProfile.Problem!.Code);
    }

    [Theory, BothProviders]
    public async Task A_person_takes_themselves_off_the_list_and_erasing_their_account_removes_their_entry(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.NetworkAsync();
        var person = await kit.PersonAsync(Lebenswelten.Core.Identity.SiteRole.Resident, kit.Site.Id, null, "Selma Selbst");
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = kit.Database.CreateContext())
        {
            foreach (var id in new[] { first, second })
            {
                db.ContactPersons.Add(new ContactPerson
                {
                    Id = id, SiteId = kit.Site.Id, OrganisationId = kit.Club.Id, Name = "Selma Selbst", UserId = person.UserId,
                    ConsentVersion = ContactPerson.ConsentTextVersion,
                });
            }
            await db.SaveChangesAsync();
        }

        var withdrawn = await kit.With<ContactPersons, Outcome<bool>>(c => c.RemoveAsync(first, person, None));
        var byStranger = await kit.With<ContactPersons, Outcome<bool>>(c => c.RemoveAsync(second, kit.Provider with { UserId = kit.OtherCoordinator.UserId }, None));
        await using (var db = kit.Database.CreateContext())
        {
            db.Users.Remove(await db.Users.SingleAsync(u => u.Id == person.UserId));
            await db.SaveChangesAsync();
        }

        Assert.True(withdrawn.Value);
        Assert.Equal("Contact.NotFound", byStranger.Problem!.Code);
        await using var check = kit.Database.CreateContext();
        Assert.False(await check.ContactPersons.AnyAsync(c => c.Id == second));
    }
}
