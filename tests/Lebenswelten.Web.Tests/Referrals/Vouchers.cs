using System.Net.Http.Json;
using System.Text.Json;

namespace Lebenswelten.Web.Tests.Referrals;

/// <summary>Vouchers through the API, as a counsellor and a client would handle them.</summary>
public static class Vouchers
{
    public sealed record Issued(Guid Id, string Code);

    public static async Task<Issued> IssueAsync(HttpClient counsellor, string site, params string[] categories)
    {
        var response = await counsellor.PostAsJsonAsync($"/api/sites/{site}/referrals",
            new { categories, clientNote = "Bewegung hilft", language = "ar" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Issued(body.GetProperty("id").GetGuid(), body.GetProperty("code").GetString()!);
    }

    public static async Task<JsonElement> RedeemAsync(HttpClient client, string code, bool tellJobcenter)
    {
        var response = await client.PostAsJsonAsync("/api/referrals/redeem", new { code, tellJobcenter });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string?> RedeemedAsync(HttpClient counsellor, Guid id) =>
        (await counsellor.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}")).GetProperty("redeemed").GetString();

    public static async Task<List<string>> PropertiesAsync(HttpClient counsellor, Guid id) =>
        (await counsellor.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}")).EnumerateObject().Select(p => p.Name).Order().ToList();
}
