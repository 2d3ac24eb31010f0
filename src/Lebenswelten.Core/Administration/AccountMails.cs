using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Messaging;

namespace Lebenswelten.Core.Administration;

/// <summary>
/// Writes the account mails (invitation, sign-up confirmation, password reset) into the outbox, within the caller's
/// transaction. A mail about an account is written in the account's own language (issue 23), not in that of whoever
/// happened to cause it (an administrator, a browser asking for a reset); the given language counts only for an
/// account that has none yet.
/// </summary>
public sealed class InvitationMails(LebensweltenDbContext db, IAccountLinks links)
{
    public async Task InvitedAsync(Invitation invitation, string token, string language, DateTimeOffset now, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().FirstAsync(s => s.Id == invitation.SiteId, ct);
        var organisation = invitation.OrganisationId is { } id
            ? (await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == id, ct)).Name : null;
        db.OutboxMessages.Add(MailTemplates.Compose("invitation", language, invitation.Email, null, new Dictionary<string, string>
        {
            ["Site"] = site.Name,
            ["Role"] = RoleName(invitation.Role, language) + (organisation is null ? "" : $" ({organisation})"),
            ["Link"] = links.Invitation(token),
            ["ExpiresAt"] = DateTimeText.Long(invitation.ExpiresAt, language),
        }, now));
    }

    public void ConfirmAccount(AppUser user, string code, string language, DateTimeOffset now) =>
        db.OutboxMessages.Add(MailTemplates.Compose("account-confirm", LanguageOf(user, language), user.Email!, user.DisplayName,
            new Dictionary<string, string>
        {
            ["Name"] = user.DisplayName ?? "",
            ["Link"] = links.ConfirmAccount(user.Id, code),
        }, now));

    public void PasswordReset(AppUser user, string token, string language, DateTimeOffset now) =>
        db.OutboxMessages.Add(MailTemplates.Compose("password-reset", LanguageOf(user, language), user.Email!, user.DisplayName,
            new Dictionary<string, string>
        {
            ["Name"] = user.DisplayName ?? "",
            ["Link"] = links.ResetPassword(user.Id, token),
        }, now));

    /// <summary>The person is told what an administrator or coordinator did to their account, and why (issue 25).</summary>
    public void AccountChanged(string template, AppUser user, string reason, string language, DateTimeOffset now,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Name"] = user.DisplayName ?? user.Email!, ["Email"] = user.Email!, ["Reason"] = reason,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }
        db.OutboxMessages.Add(MailTemplates.Compose(template, LanguageOf(user, language), user.Email!, user.DisplayName, values, now));
    }

    public static string LanguageOf(AppUser user, string fallback) =>
        user.Language is { } own && ResidentLanguage.All.Contains(own) ? own : fallback;

    public static string RoleName(SiteRole role, string language) => (role, language == "en") switch
    {
        (SiteRole.Resident, false) => "Bürger/in", (SiteRole.Resident, true) => "Resident",
        (SiteRole.Provider, false) => "Anbieter", (SiteRole.Provider, true) => "Provider",
        (SiteRole.Practice, false) => "Praxis", (SiteRole.Practice, true) => "Practice",
        (SiteRole.Coordinator, false) => "Koordinator/in", (SiteRole.Coordinator, true) => "Coordinator",
        (SiteRole.InsurerOfficer, false) => "Kassenreferent/in", (SiteRole.InsurerOfficer, true) => "Insurer officer",
        (SiteRole.JobcenterCounsellor, false) => "Jobcenter-Berater/in", (SiteRole.JobcenterCounsellor, true) => "Jobcenter counsellor",
        (SiteRole.Evaluator, false) => "Evaluation", (SiteRole.Evaluator, true) => "Evaluator",
        (_, false) => "Administrator/in", (_, true) => "Administrator",
    };
}
