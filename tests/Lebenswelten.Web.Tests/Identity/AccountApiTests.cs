using System.Net;
using System.Net.Http.Json;
using System.Text;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Identity;

public sealed class AccountApiTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider, string> EveryDemoAccount()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in BothProvidersAttribute.All)
        {
            foreach (var account in DemoAccounts.All)
            {
                data.Add(provider, account.Email);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryDemoAccount))]
    public async Task Every_demo_account_logs_in_and_holds_its_role(DatabaseProvider provider, string email)
    {
        var account = DemoAccounts.All.Single(a => a.Email == email);
        using var client = await (await hosts.Get(provider)).ApiClientAsync(email);

        var me = await client.GetFromJsonAsync<Me>("/api/me", Json.Options);

        Assert.Equal(email, me!.Email);
        if (account.Role == SiteRole.Administrator)
        {
            Assert.True(me.IsAdministrator);
            Assert.Empty(me.Roles);
        }
        else
        {
            Assert.Equal([new MyRole(account.SiteSlug!, account.Role)], me.Roles);
        }
    }

    [Theory]
    [BothProviders]
    public async Task A_wrong_password_is_refused_without_a_token(DatabaseProvider provider)
    {
        using var client = (await hosts.Get(provider)).Client();

        var response = await client.PostAsJsonAsync("/api/account/login",
            new { email = "evaluator@gera.demo", password = "falsches-passwort-123" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [BothProviders]
    public async Task Malformed_json_is_a_400_problem_not_a_500(DatabaseProvider provider)
    {
        using var client = (await hosts.Get(provider)).Client();

        var response = await client.PostAsync("/api/account/login",
            new StringContent("{\"email\": \"x@y.de\", \"password\": ", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [BothProviders]
    public async Task The_api_does_not_accept_the_page_cookie(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var browser = await host.PageClientAsync("coordinator@jena.demo");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/konto")).StatusCode);
        await ProblemAssert.IsProblemAsync(await browser.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }
}
