using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Web.Tests.Telemedicine;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// The forms and endpoints behind a personal link, which the generic form sweep cannot open without the link: the
/// confirmation and verification pages and the code form, fed hostile tokens and codes. Never a 5xx, never a German
/// error missing, and nothing confirmed or verified by it.
/// </summary>
public sealed class PersonalLinkBadInputTests(AppHosts hosts)
{
    private static readonly string[] Hostile =
        ["", " ", new('9', 20_000), "<script>alert(1)</script>", "'; DROP TABLE \"TelemedicineAppointments\"; --", "1 OR 1=1", "-1", "١٢٣٤٥٦"];

    [Theory, BothProviders]
    public async Task Hostile_codes_and_tokens_on_the_confirmation_and_verification_forms_change_nothing(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var held = await TestTelemedicine.BookAsync(host, setup.Slot(TestTelemedicine.Tomorrow, 10, 0), verify: false);
        var offering = await TestOfferings.CreateAsync(host);
        var guest = await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail());
        using var client = host.Client();
        var manage = $"/telemedizin/termine/{held.Appointment.Id}?token={Uri.EscapeDataString(held.GuestToken!)}";
        var page = await client.GetStringAsync(manage);
        var failures = new List<string>();

        foreach (var value in Hostile.Take(4))
        {
            // Five wrong codes would end the code's use: the sweep sends four, each a German field error.
            var code = await client.PostAsync($"{manage}&handler=Verify", Forms.Of(page, "Token", held.GuestToken!, "Input.Code", value));
            var html = await code.Content.ReadAsStringAsync();
            Check(failures, "code form", value, code.StatusCode, HttpStatusCode.OK);
            if (!html.Contains("Der Code stimmt nicht", StringComparison.Ordinal))
            {
                failures.Add($"code form with {Shorten(value)}: no German field error");
            }
        }
        foreach (var value in Hostile)
        {
            var verify = await client.PostAsync($"/telemedizin/termine/{held.Appointment.Id}/bestaetigen", Forms.Of(page, "Token", value));
            Check(failures, "verification page", value, verify.StatusCode, HttpStatusCode.NotFound);
            var confirm = await client.PostAsync($"/anmeldungen/{guest.Registration.Id}/bestaetigen", Forms.Of(page, "Token", value));
            Check(failures, "confirmation page", value, confirm.StatusCode, HttpStatusCode.NotFound);
            var token = Uri.EscapeDataString(value.Length > 1000 ? value[..1000] : value);
            var answer = await client.PostAsJsonAsync($"/api/telemedicine/appointments/{held.Appointment.Id}/verify?token={token}", new { code = value });
            Check(failures, "verify API", value, answer.StatusCode, HttpStatusCode.NotFound);
        }

        Assert.Empty(failures);
        Assert.NotNull((await TestTelemedicine.FindAsync(host, held.Appointment.Id))!.HoldExpiresAt);
        Assert.Null((await TestOfferings.FindAsync(host, guest.Registration.Id))!.EmailConfirmedAt);
    }

    private static void Check(List<string> failures, string what, string value, HttpStatusCode actual, HttpStatusCode expected)
    {
        if (actual != expected)
        {
            failures.Add($"{what} with {Shorten(value)}: {(int)actual}, expected {(int)expected}");
        }
    }

    private static string Shorten(string value) => value.Length > 30 ? value[..30] + "…" : $"\"{value}\"";
}
