using Lebenswelten.Core.Administration;

namespace Lebenswelten.Web.Features.Admin;

/// <summary>Links in account mails, from the configured public address (never the request's Host header).</summary>
public sealed class AccountLinks(PublicAddress address) : IAccountLinks
{
    private string Base => address.Base;

    public string Invitation(string token) => $"{Base}/einladung/{Uri.EscapeDataString(token)}";

    public string ConfirmAccount(string userId, string code) =>
        $"{Base}/konto/email-bestaetigen?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}";

    public string ResetPassword(string userId, string token) =>
        $"{Base}/konto/passwort-neu?userId={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";
}
