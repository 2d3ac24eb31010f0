using System.Text;
using System.Text.Encodings.Web;

namespace Lebenswelten.TestIdentityProvider;

/// <summary>
/// The provider's own login form: plain, labelled fields, no script. It posts the authorization request's
/// parameters back to the authorization endpoint together with the name and password.
/// </summary>
internal static class LoginPage
{
    public const string UserNameField = "login_name";
    public const string PasswordField = "login_password";

    public static IResult Render(IEnumerable<KeyValuePair<string, string?>> parameters, bool failed)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Test-Anmeldedienst</title></head><body><main>")
            .Append("<h1>Test-Anmeldedienst</h1>");
        if (failed)
        {
            html.Append("<p role=\"alert\">Benutzername oder Passwort ist falsch.</p>");
        }
        html.Append($"<form method=\"post\" action=\"/{ProviderSetup.AuthorizationPath}\">");
        foreach (var (name, value) in parameters.Where(p => p.Key is not (UserNameField or PasswordField)))
        {
            html.Append($"<input type=\"hidden\" name=\"{Encode(name)}\" value=\"{Encode(value)}\">");
        }
        html.Append($"<p><label for=\"{UserNameField}\">Benutzername</label><br>")
            .Append($"<input id=\"{UserNameField}\" name=\"{UserNameField}\" autocomplete=\"username\" required></p>")
            .Append($"<p><label for=\"{PasswordField}\">Passwort</label><br>")
            .Append($"<input id=\"{PasswordField}\" name=\"{PasswordField}\" type=\"password\" autocomplete=\"current-password\" required></p>")
            .Append("<p><button type=\"submit\">Weiter</button></p></form></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");
}
