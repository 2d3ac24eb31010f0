using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class OpenCallTests
{
    private static MembershipApplicationDraft Application(string email = "lea@sportbund.example") =>
        new("Stadtsportbund Test", OrganisationKind.SportsClub, "https://sportbund.example", "Lea Lauf", "Vorsitzende", email,
            "Wir möchten Bewegungsangebote einbringen.", Consent: true);

    [Theory, BothProviders]
    public async Task An_organisation_applies_through_the_open_call_and_once_accepted_is_a_member_with_its_applicant_as_contact(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync(openCall: true);

        var applied = await kit.With<OpenCall, Outcome<MembershipApplication>>(o => o.ApplyAsync(network.Id, Application(), null, "de", None));
        var twice = await kit.With<OpenCall, Outcome<MembershipApplication>>(o => o.ApplyAsync(network.Id, Application(), null, "de", None));
        var withoutRole = await kit.With<OpenCall, Outcome<MembershipApplication>>(o =>
            o.AcceptAsync(applied.Value!.Id, new AcceptDraft(null), kit.Coordinator, None));
        var byMember = await kit.With<OpenCall, Outcome<MembershipApplication>>(o =>
            o.AcceptAsync(applied.Value!.Id, new AcceptDraft(NetworkRole.Member), kit.InsurerOfficer, None));
        var accepted = await kit.With<OpenCall, Outcome<MembershipApplication>>(o =>
            o.AcceptAsync(applied.Value!.Id, new AcceptDraft(NetworkRole.Member), kit.Coordinator, None));
        var again = await kit.With<OpenCall, Outcome<MembershipApplication>>(o => o.DeclineAsync(applied.Value!.Id, kit.Coordinator, None));

        Assert.Equal("Application.Duplicate", twice.Problem!.Code);
        Assert.Equal(["Required"], withoutRole.Problem!.FieldErrors!["Role"]);
        Assert.Equal("Network.Forbidden", byMember.Problem!.Code);
        Assert.Equal(MembershipApplicationStatus.Accepted, accepted.Value!.Status);
        Assert.Equal("Application.Decided", again.Problem!.Code);
        await using var db = kit.Database.CreateContext();
        var organisation = await db.Organisations.SingleAsync(o => o.Id == accepted.Value.OrganisationId);
        Assert.Equal(("Stadtsportbund Test", OrganisationKind.SportsClub, kit.Site.Id), (organisation.Name, organisation.Kind, organisation.SiteId));
        Assert.True(await db.NetworkMemberships.AnyAsync(m => m.NetworkId == network.Id && m.OrganisationId == organisation.Id));
        var contact = await db.ContactPersons.SingleAsync(c => c.OrganisationId == organisation.Id);
        Assert.Equal(("Lea Lauf", ConsentSource.Self), (contact.Name, contact.ConsentSource));
        var mail = await db.OutboxMessages.SingleAsync(m => m.To == "lea@sportbund.example");
        Assert.Equal("network-application-accepted", mail.Template);
        Assert.Contains("Gesunde Kommune Test", mail.TextBody);
    }

    [Theory, BothProviders]
    public async Task A_network_without_an_open_call_takes_no_applications_and_a_declined_applicant_hears_so(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var closed = await kit.NetworkAsync("Geschlossen");
        var open = await kit.NetworkAsync("Offen", openCall: true);

        var refused = await kit.With<OpenCall, Outcome<MembershipApplication>>(o => o.ApplyAsync(closed.Id, Application(), null, "de", None));
        var withoutConsent = await kit.With<OpenCall, Outcome<MembershipApplication>>(o =>
            o.ApplyAsync(open.Id, Application() with { Consent = false, ContactEmail = "x" }, null, "de", None));
        var applied = await kit.With<OpenCall, Outcome<MembershipApplication>>(o => o.ApplyAsync(open.Id, Application("en@example.org"), null, "en", None));
        var declined = await kit.With<OpenCall, Outcome<MembershipApplication>>(o => o.DeclineAsync(applied.Value!.Id, kit.Coordinator, None));
        var listed = await kit.With<OpenCall, Outcome<IReadOnlyList<MembershipApplication>>>(o => o.ListAsync(open.Id, kit.Coordinator, None));

        Assert.Equal("Network.NotFound", refused.Problem!.Code);
        Assert.Equal(["MustAccept"], withoutConsent.Problem!.FieldErrors!["Consent"]);
        Assert.Equal(["InvalidEmail"], withoutConsent.Problem.FieldErrors["ContactEmail"]);
        Assert.Equal(MembershipApplicationStatus.Declined, declined.Value!.Status);
        Assert.Equal(MembershipApplicationStatus.Declined, Assert.Single(listed.Value!).Status);
        await using var db = kit.Database.CreateContext();
        Assert.Equal("Your request to the network \"Offen\"", (await db.OutboxMessages.SingleAsync(m => m.To == "en@example.org")).Subject);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.ActorUserId == kit.Coordinator.UserId && e.DataKind == OpenCall.AuditKind
            && e.Action == Lebenswelten.Core.Privacy.AuditAction.Read));
    }

    /// <summary>Two coordinators decide at once: one decision stands, one organisation joins, one mail goes.</summary>
    [Theory, BothProviders]
    public async Task Parallel_decisions_on_one_application_let_exactly_one_through(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync(openCall: true);
        var applied = await kit.With<OpenCall, Outcome<MembershipApplication>>(o => o.ApplyAsync(network.Id, Application(), null, "de", None));
        var second = await kit.PersonAsync(Lebenswelten.Core.Identity.SiteRole.Coordinator, kit.Site.Id, null);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => kit.With<OpenCall, Outcome<MembershipApplication>>(o =>
            i % 2 == 0 ? o.AcceptAsync(applied.Value!.Id, new AcceptDraft(NetworkRole.Member), i % 4 == 0 ? kit.Coordinator : second, None)
                : o.DeclineAsync(applied.Value!.Id, second, None))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("Application.Decided", o.Problem!.Code));
        await using var db = kit.Database.CreateContext();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.To == "lea@sportbund.example"));
        Assert.True(await db.Organisations.CountAsync(o => o.Name == "Stadtsportbund Test") <= 1);
    }
}
