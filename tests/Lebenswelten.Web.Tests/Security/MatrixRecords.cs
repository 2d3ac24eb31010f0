using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// Real Jena records for the matrix's route parameters, by parameter name: an offering of provider@jena.demo's
/// organisation (the test's own, since the writes may cancel it), a person with a role at Jena for the team and
/// administration routes (the test's own, since the administrator's writes change it), a district, an organisation
/// and an indicator of the test's own. A parameter not named here gets an id that exists nowhere.
/// </summary>
public sealed record MatrixRecords(IReadOnlyDictionary<string, string> Values, Guid OtherOrganisationId, Guid RoomOperatorId)
{
    public static async Task<MatrixRecords> CreateAsync(AppHost host)
    {
        var owner = await DemoProvider.OfAsync(host);
        var offering = await owner.CreateOfferingAsync(host);
        var person = await TestAccounts.CreateAsync(host, SiteRole.Evaluator, "jena", name: "Matrix Person");
        var indicator = await Needs.TestIndicators.CreateAsync(host, "jena");
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        // A second role, which the administrator's DELETE may take: the person stays on the team for the pages.
        var jenaId = owner.SiteId;
        var spare = new SiteRoleAssignment { UserId = person.Id, SiteId = jenaId, Role = SiteRole.InsurerOfficer };
        db.SiteRoleAssignments.Add(spare);
        // A value, so that deleting the indicator is refused (409) for everyone allowed and every caller finds it.
        var district = await db.Districts.Where(d => d.SiteId == owner.SiteId).OrderBy(d => d.Key).FirstAsync();
        db.IndicatorValues.Add(new Lebenswelten.Core.Needs.IndicatorValue
        {
            IndicatorId = indicator.Id, DistrictId = district.Id, Year = 2023, Value = 0.4, Numerator = 40, Denominator = 100,
        });
        await db.SaveChangesAsync();
        // The demo room and practice hours at Jena, a free slot of them and one of the practice's demo appointments.
        // The demo ones, not those other tests add on the same host.
        var room = await db.TelemedicineRooms.Where(r => r.SiteId == owner.SiteId && r.IsSampleData).OrderBy(r => r.Name).FirstAsync();
        var schedule = await db.ConsultationSchedules.Where(s => s.SiteId == owner.SiteId && s.IsSampleData).OrderBy(s => s.Name).FirstAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var slots = await scope.ServiceProvider.GetRequiredService<SlotFinder>()
            .FindAsync(new SlotQuery(owner.SiteId, today, today.AddDays(27)) { ScheduleId = schedule.Id }, CancellationToken.None);
        // A guest's unverified booking (which tests on the same host leave behind) the practice never sees.
        var appointment = await db.TelemedicineAppointments.Where(a => a.PracticeOrganisationId == schedule.PracticeOrganisationId)
            .Verified().OrderBy(a => a.StartsAt).FirstAsync();
        // A voucher that jobcenter@jena.demo issued just now (so its print view is open to them).
        var counsellor = await db.Users.Where(u => u.Email == "jobcenter@jena.demo").Select(u => u.Id).SingleAsync();
        var voucher = (await scope.ServiceProvider.GetRequiredService<Lebenswelten.Core.Referrals.VoucherIssuing>().IssueAsync(owner.SiteId,
            new([Lebenswelten.Core.Offerings.OfferingCategory.Exercise], null, null), new(counsellor, null), CancellationToken.None)).Value!;
        var other = await db.Organisations.Where(o => o.SiteId == owner.SiteId && o.Id != owner.OrganisationId).OrderBy(o => o.Name).FirstAsync();
        // A published project of the test's own (in its first phase, so that moving on is refused) with a draft application to AOK PLUS.
        var project = await Projects.TestProject.CreateAsync(host);
        // A published idea of the test's own: moderating it again is refused (409) for its moderators, supporting it is allowed.
        var (idea, _) = await Ideas.TestIdeas.CreateAsync(host, publish: true);
        return new MatrixRecords(new Dictionary<string, string>
        {
            ["id"] = offering.Id.ToString(),
            ["sessionId"] = (await db.OfferingSessions.Where(s => s.OfferingId == offering.Id).OrderBy(s => s.StartsAt).FirstAsync()).Id.ToString(),
            ["userId"] = person.Id,
            ["personId"] = person.Id,
            ["roleId"] = spare.Id.ToString(),
            ["slug"] = "jena",
            ["organisation"] = other.Id.ToString(),
            ["district"] = district.Key,
            ["key"] = await db.Districts.Where(d => d.SiteId == owner.SiteId).OrderBy(d => d.Key).Select(d => d.Key).FirstAsync(),
            ["indicator"] = indicator.Id.ToString(),
            ["room"] = room.Id.ToString(),
            ["schedule"] = schedule.Id.ToString(),
            ["slot"] = slots.Value!.First().Id,
            ["appointment"] = appointment.Id.ToString(),
            ["voucher"] = voucher.Voucher.Id.ToString(),
            ["project"] = project.Project.Id.ToString(),
            ["application"] = project.Application.Id.ToString(),
            ["document"] = project.DocumentId.ToString(),
            ["source"] = project.Source.Id.ToString(),
            ["idea"] = idea.Id.ToString(),
        }, other.Id, room.OperatorOrganisationId);
    }

    /// <summary>The values for one route: {id} is an offering but where <see cref="With"/> says otherwise.</summary>
    public IReadOnlyDictionary<string, string> For(AppEndpoint endpoint) => endpoint.Pattern switch
    {
        var p when p.StartsWith("/api/admin/users/", StringComparison.Ordinal) => With("personId"),
        var p when p.StartsWith("/fhir/Schedule/", StringComparison.Ordinal) => With("schedule"),
        var p when p.StartsWith("/fhir/Slot/", StringComparison.Ordinal) => With("slot"),
        var p when p.StartsWith("/fhir/Appointment/{", StringComparison.Ordinal) => With("appointment"),
        var p when p.StartsWith("/api/referrals/{", StringComparison.Ordinal) => With("voucher"),
        var p when p.StartsWith("/api/projects/", StringComparison.Ordinal) => With("project"),
        var p when p.StartsWith("/api/funding-applications/", StringComparison.Ordinal) => With("application"),
        var p when p.StartsWith("/api/funding-sources/", StringComparison.Ordinal) => With("source"),
        var p when p.StartsWith("/api/ideas/", StringComparison.Ordinal) => With("idea"),
        _ => Values,
    };

    /// <summary>The routes whose {id} is not an offering: the administration API's is a person, FHIR's its resource.</summary>
    private Dictionary<string, string> With(string idFrom) => new(Values) { ["id"] = Values[idFrom] };
}

/// <summary>The callers of the matrix.</summary>
public static class Callers
{
    public static async Task<IReadOnlyList<Caller>> AllAsync(AppHost host, MatrixRecords records)
    {
        // A provider at Jena, but of another organisation than the offering's: past the policy, not the offering's owner.
        var otherProvider = await TestAccounts.CreateAsync(host, SiteRole.Provider, "jena", organisationId: records.OtherOrganisationId);
        // A resident of the test's own with an authenticator key (not switched on): Identity's /manage/2fa would
        // otherwise create one and renew the stamp, ending resident@jena.demo's sessions in every other test.
        var resident = await TestAccounts.CreateAsync(host, SiteRole.Resident, "jena", secondFactor: SecondFactor.KeyOnly);
        // Staff acting for the organisation that runs the telemedicine room: its desk is for the provider and practice
        // roles only, never for insurer, jobcenter or evaluation roles, whatever organisation they act for (issue 15).
        var forTheRoomOperator = new List<Caller>();
        foreach (var role in new[] { SiteRole.Provider, SiteRole.InsurerOfficer, SiteRole.JobcenterCounsellor, SiteRole.Evaluator })
        {
            var staff = await TestAccounts.CreateAsync(host, role, "jena", organisationId: records.RoomOperatorId);
            forTheRoomOperator.Add(new($"{role.ShortName()}, room operator", staff.Email, role, ActsForTheRoomOperator: true));
        }
        return
        [
            new("anonymous", null),
            new("resident at Jena", resident.Email, SiteRole.Resident),
            .. DemoAccounts.SiteRolesWithAccounts.Where(role => role != SiteRole.Resident).Select(role => new Caller(
                $"{role.ShortName()}@jena.demo", $"{role.ShortName()}@jena.demo", role, OwnsTheOffering: role == SiteRole.Provider)),
            new("provider, other org.", otherProvider.Email, SiteRole.Provider),
            .. forTheRoomOperator,
            new("coordinator@weimar", "coordinator@weimar.demo"),
            new("admin", DemoAccounts.AdminEmail, IsAdministrator: true),
        ];
    }
}
