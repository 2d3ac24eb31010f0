using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Referrals;

/// <summary>The voucher by e-mail (issue 19): over the outbox and SMTP, in the print language, the address kept nowhere else.</summary>
public sealed class VoucherMailTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_voucher_issued_with_an_address_arrives_by_mail_in_its_language_with_code_and_redeem_link(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var counsellor = await host.ApiClientAsync("jobcenter@jena.demo");
        var address = $"kunde-{Guid.NewGuid():N}@example.org";
        var response = await counsellor.PostAsJsonAsync("/api/sites/jena/referrals",
            new { categories = new[] { "exercise" }, language = "uk", email = address });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
        var code = issued.GetProperty("code").GetString()!;

        var mail = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(address, StringComparison.Ordinal))).Single();
        Assert.Equal("Ваучер на заходи для здоров'я", mail.Subject);
        Assert.Contains(code, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/gutschein?code=" + code, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Рух", mail.TextBody, StringComparison.Ordinal);

        // The jobcenter's record of the voucher has no place for the address, and its view of it is unchanged.
        Assert.Equal(["id", "issuedAt", "redeemed", "validUntil"], await Vouchers.PropertiesAsync(counsellor, issued.GetProperty("id").GetGuid()));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var id = issued.GetProperty("id").GetString();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.DataKind == "VoucherMail" && a.RecordId == id));
    }

    [Theory, BothProviders]
    public async Task A_voucher_sent_afterwards_arrives_and_a_bad_address_or_a_stranger_gets_a_problem(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var counsellor = await host.ApiClientAsync("jobcenter@jena.demo");
        var issued = await Vouchers.IssueAsync(counsellor, "jena", "nutrition");

        var bad = await counsellor.PostAsJsonAsync($"/api/referrals/{issued.Id}/send", new { email = "keine-adresse" });
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.UnprocessableEntity);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _));
        await ProblemAssert.IsProblemAsync(await counsellor.PostAsJsonAsync($"/api/referrals/{issued.Id}/send", new { }),
            HttpStatusCode.UnprocessableEntity);
        // Issuing with a bad address issues nothing: the form is refused as a whole.
        await ProblemAssert.IsProblemAsync(await counsellor.PostAsJsonAsync("/api/sites/jena/referrals",
            new { categories = new[] { "exercise" }, email = "a@b" }), HttpStatusCode.UnprocessableEntity);

        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        await ProblemAssert.IsProblemAsync(await coordinator.PostAsJsonAsync($"/api/referrals/{issued.Id}/send",
            new { email = "fremd@example.org" }), HttpStatusCode.NotFound);

        var address = $"spaeter-{Guid.NewGuid():N}@example.org";
        Assert.Equal(HttpStatusCode.NoContent,
            (await counsellor.PostAsJsonAsync($"/api/referrals/{issued.Id}/send", new { email = address })).StatusCode);
        var mail = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(address, StringComparison.Ordinal))).Single();
        Assert.Equal("قسيمة لعروض صحية", mail.Subject);
        Assert.Contains(issued.Code, mail.TextBody, StringComparison.Ordinal);

        // Once redeemed, the code is gone for the jobcenter: it cannot be mailed any more.
        using var client = host.Client();
        await Vouchers.RedeemAsync(client, issued.Code, tellJobcenter: false);
        await ProblemAssert.IsProblemAsync(await counsellor.PostAsJsonAsync($"/api/referrals/{issued.Id}/send", new { email = address }),
            HttpStatusCode.Conflict);
    }
}
