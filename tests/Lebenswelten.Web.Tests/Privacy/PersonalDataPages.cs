using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Privacy;

/// <summary>
/// The pages on which staff see other people's personal data, with the audit kind each read must write (DESIGN:
/// "every staff read of personal data is written to the audit log"). Every browser test checks, when it ends, that
/// each of these pages it opened as staff left that audit line for the logged-in person (<c>PageTest</c>);
/// PersonalDataReadTests opens each once and checks the person sees it under "Wer hat meine Daten gesehen".
/// A new page that shows someone's data is one more line here.
/// </summary>
public static partial class PersonalDataPages
{
    public static readonly IReadOnlyDictionary<string, string> AuditKinds = new Dictionary<string, string>
    {
        ["/verwaltung/{site}/angebote/{id}/teilnehmende"] = "Offering.Participants",
        ["/verwaltung/{site}/angebote/{id}/anwesenheit"] = "Offering.Attendance",
        ["/verwaltung/{site}/angebote/{id}/anwesenheit/{sessionId}"] = "Offering.Attendance",
        ["/standorte/{site}/team"] = "Site.Members",
        ["/standorte/{site}/team/{userId}"] = "Admin.User",
        ["/admin/benutzer"] = "Admin.Users",
        ["/admin/benutzer/{userId}"] = "Admin.User",
        ["/verwaltung/{site}/telemedizin/praxis"] = "Telemedicine.PracticeAppointments",
        ["/verwaltung/{site}/telemedizin/praxis/woche"] = "Telemedicine.PracticeAppointments",
        ["/verwaltung/{site}/telemedizin/praxis/umbuchen"] = "Telemedicine.ClosureRebooking",
        ["/verwaltung/{site}/angebote/{id}/teilnahme"] = "Offering.AttendanceOverview",
        ["/verwaltung/{site}/angebote/{id}/bescheinigungen"] = "Offering.AttendanceOverview",
        ["/verwaltung/{site}/telemedizin/raum/{room}"] = "Telemedicine.RoomDay",
        ["/verwaltung/{site}/projekte/{project}"] = "Projects.Project",
        ["/verwaltung/{site}/foerderung/antraege/{application}"] = "Projects.ApplicationStaff",
        ["/verwaltung/{site}/netzwerk/organisationen/{organisation}"] = "Network.Contacts",
        ["/verwaltung/{site}/netzwerk/sitzungen/{meeting}"] = "Network.Meeting",
        ["/verwaltung/{site}/umfragen/{id}/freitext"] = "Survey.FreeText",
        ["/verwaltung/{site}/ideen"] = "IdeaModerationQueue",
        ["/verwaltung/{site}/ideen/{idea}"] = "Idea",
    };

    /// <summary>
    /// Reads audited without a person to tell: survey free text is anonymous (issue 24), so nobody's access log can list it;
    /// it is held back and audited because it might name someone.
    /// </summary>
    public static readonly IReadOnlySet<string> WithoutNamedPerson = new HashSet<string> { "Survey.FreeText" };

    /// <summary>The audit kind a visit to this path must write, if the path is one of the pages above.</summary>
    public static string? AuditKindOf(string path) =>
        AuditKinds.FirstOrDefault(p => Pattern(p.Key).IsMatch(path)).Value;

    /// <summary>The visits of a browser test for which no audit line of the visitor's exists since the test began.</summary>
    public static async Task<List<string>> UnauditedAsync(AppHost host, IEnumerable<(string Email, string Path)> visits, DateTimeOffset since)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var missing = new List<string>();
        foreach (var (email, path) in visits.Distinct())
        {
            if (AuditKindOf(path) is not { } kind)
            {
                continue;
            }
            var actor = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var entries = await db.AuditEntries.Where(e => e.ActorUserId == actor && e.DataKind == kind).Select(e => e.At).ToListAsync();
            if (!entries.Any(at => at >= since))
            {
                missing.Add($"{email} opened {path}, but the audit log has no {kind} read of theirs");
            }
        }
        return missing;
    }

    // Each "{name}" is one path segment.
    private static Regex Pattern(string route) => new("^" + RouteValue().Replace(route, "[^/]+") + "/?$");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();
}
