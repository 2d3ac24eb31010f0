using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Identity;
using Lebenswelten.Web.Tests.Telemedicine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// Issue 15, finding 2, walked as the attacker did: sign up as a resident with a future staff member's address, let a
/// mail scanner "click" the confirmation link, and wait for the staff role to arrive at the account whose password the
/// attacker holds — by invitation, or by the staff member's first login through the city's identity provider. Every
/// link of the chain must break; the role must end up with the person who owns the address, and only with them.
/// </summary>
public sealed class StaffTakeoverTests(AppHosts hosts)
{
    private const string AttackerPassword = "Angreifer-Passwort-2026";
    private const string OwnerPassword = "Eigentuemerin-Passwort-2026";

    [Theory, BothProviders]
    public async Task Who_signs_up_first_with_a_staff_members_address_does_not_get_the_role_of_the_invitation(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var address = $"praxis-{Guid.NewGuid():N}@example.org";
        await SignUps.SubmitAsync(host, address, AttackerPassword, name: "Mallory");
        await ScannerFetchesTheConfirmationLinkAsync(host, address);
        var before = (await SingleSignOnTestAccounts.FindAsync(host, address))!;

        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        var invited = await coordinator.PostAsJsonAsync("/api/sites/jena/invitations",
            new { email = address, role = "Practice", organisationId = await PracticeAsync(host) });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitation = new Uri(await MailedLinks.NewestAsync(host, address, "/einladung/")).PathAndQuery;
        using var owner = host.Client();
        var form = await owner.GetStringAsync(invitation);
        // The account was never used: accepting takes a new password, not just a click.
        Assert.Contains("name=\"Input.Password\"", form, StringComparison.Ordinal);
        var accepted = await owner.PostAsync(invitation, Forms.Of(form, "Input.DisplayName", "Dr. Eigentümerin", "Input.Password", OwnerPassword));

        Assert.Contains("Die Einladung ist angenommen", WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()));
        var after = (await SingleSignOnTestAccounts.FindAsync(host, address))!;
        Assert.Contains(await SingleSignOnTestAccounts.RolesAsync(host, after.Id), r => r is { Site: "jena", Role: SiteRole.Practice });
        Assert.False(await PasswordWorksAsync(host, address, AttackerPassword));
        Assert.True(await PasswordWorksAsync(host, address, OwnerPassword));
        Assert.Equal("Dr. Eigentümerin", after.DisplayName);
        // A new security stamp: any session begun with the old password is over.
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        await AttackerGetsNoTokenAsync(host, address);
    }

    [Theory, BothProviders]
    public async Task Who_signs_up_first_with_a_staff_members_address_does_not_get_the_role_of_the_identity_provider(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var address = $"koordination-{Guid.NewGuid():N}@example.org";
        await SignUps.SubmitAsync(host, address, AttackerPassword, name: "Mallory");
        await ScannerFetchesTheConfirmationLinkAsync(host, address);

        // The owner of the address logs in through the city's provider, which vouches for the address and the group.
        using var owner = host.Client();
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaCoordinators], mfa: true, email: address);
        var next = await SingleSignOnFlow.LogInAsync(owner, TestSingleSignOn.Jena, person);

        Assert.Equal("/arbeitsplatz", next); // staff land on their start page (issue 25)
        var account = (await SingleSignOnTestAccounts.FindAsync(host, address))!;
        Assert.Contains(await SingleSignOnTestAccounts.RolesAsync(host, account.Id), r => r is { Site: "jena", Role: SiteRole.Coordinator });
        // Never used before: the link removed the password only the attacker knew; the provider proved the address.
        Assert.Null(account.PasswordHash);
        Assert.True(account.EmailConfirmed);
        Assert.Contains("Account.SsoLinked", await TestAccounts.AuditKindsAsync(host, account.Id));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/standorte/jena/team")).StatusCode);
        await AttackerGetsNoTokenAsync(host, address);
    }

    /// <summary>A mail scanner, or a preview, fetches every link of the mail: that must confirm nothing.</summary>
    private static async Task ScannerFetchesTheConfirmationLinkAsync(AppHost host, string address)
    {
        using var scanner = host.Client();
        var page = await scanner.GetAsync(await SignUps.ConfirmationLinkAsync(host, address));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False((await SingleSignOnTestAccounts.FindAsync(host, address))!.EmailConfirmed);
        // And so the attacker cannot log in as a resident either.
        using var attacker = host.Client();
        var login = await attacker.PostAsJsonAsync("/api/account/login", new { email = address, password = AttackerPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    /// <summary>Not even "staff must set up a second factor first" (403), which would tell the password was right.</summary>
    private static async Task AttackerGetsNoTokenAsync(AppHost host, string address)
    {
        using var attacker = host.Client();
        var login = await attacker.PostAsJsonAsync("/api/account/login", new { email = address, password = AttackerPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    private static async Task<bool> PasswordWorksAsync(AppHost host, string email, string password)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByEmailAsync(email) is { } user && await users.CheckPasswordAsync(user, password);
    }

    private static async Task<Guid> PracticeAsync(AppHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Organisations
            .Where(o => o.Name == TestTelemedicine.PracticeName).Select(o => o.Id).SingleAsync();
    }
}
