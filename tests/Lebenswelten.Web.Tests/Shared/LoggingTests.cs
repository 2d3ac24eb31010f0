namespace Lebenswelten.Web.Tests.Shared;

public sealed class LoggingTests(AppHosts hosts)
{
    [Fact]
    public async Task Logins_and_reads_of_personal_data_leave_no_personal_data_in_the_log()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using (var coordinator = await host.PageClientAsync("coordinator@gera.demo"))
        {
            await coordinator.GetStringAsync("/standorte/gera/team");
        }
        using (var api = await host.ApiClientAsync("coordinator@gera.demo"))
        {
            await api.GetStringAsync("/api/sites/gera/members");
        }
        using var stranger = host.Client();
        var form = await stranger.GetStringAsync("/konto/anmelden");
        await stranger.PostAsync("/konto/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "unbekannt.person@example.org", ["Input.Password"] = "geheimes-passwort-42",
            ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form),
        }));

        Assert.NotEmpty(host.Logs.Lines);
        foreach (var secret in new[] { "@gera.demo", "unbekannt.person", "geheimes-passwort-42", AppHost.DemoPassword })
        {
            Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
