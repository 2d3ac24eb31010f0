namespace Lebenswelten.Core.Administration;

/// <summary>Absolute links for account mails; the web app knows its public address.</summary>
public interface IAccountLinks
{
    string Invitation(string token);
    string ConfirmAccount(string userId, string code);
    string ResetPassword(string userId, string token);
}
