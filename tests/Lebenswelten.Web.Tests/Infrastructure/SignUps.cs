using System.Net;
using System.Text.RegularExpressions;

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>The residents' sign-up form and its mailed confirmation, used as anyone can: with any address.</summary>
public static partial class SignUps
{
    /// <summary>Submits /konto/registrieren as a resident of Jena; returns the page the form answered with.</summary>
    public static async Task<string> SubmitAsync(AppHost host, string email, string password, string name = "Aylin")
    {
        using var client = host.Client();
        var form = await client.GetStringAsync("/konto/registrieren");
        var siteId = JenaOption().Match(form).Groups[1].Value;
        var sent = await client.PostAsync("/konto/registrieren", Forms.Of(form,
            "Input.DisplayName", name, "Input.Email", email, "Input.Password", password, "Input.SiteId", siteId, "Input.AcceptsTerms", "true"));
        return WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
    }

    /// <summary>The confirmation link of the newest sign-up mail to the address, as a path with its query.</summary>
    public static async Task<string> ConfirmationLinkAsync(AppHost host, string email) =>
        new Uri(await MailedLinks.NewestAsync(host, email, "/konto/email-bestaetigen")).PathAndQuery;

    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\">Jena</option>")]
    private static partial Regex JenaOption();
}
