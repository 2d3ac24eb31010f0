using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Projects;

public sealed record PersonalProjectRole(Guid ProjectId, string Project, string Name);

public sealed record PersonalApplicationStaff(Guid ApplicationId, string Application, string Name, string Role);

/// <summary>What projects and funding hold about a person: where they are named as responsible or as project staff.</summary>
public sealed record ProjectsPersonalDataSection(IReadOnlyList<PersonalProjectRole> Responsible, IReadOnlyList<PersonalApplicationStaff> Staff)
    : PersonalDataSection("Projects");

public sealed class ProjectsRetentionOptions
{
    public const string Section = "Projects:Retention";

    /// <summary>Names of project staff stay with an ended application this long (grant records, §147 AO's ten years).</summary>
    public int StaffNameYears { get; set; } = 10;
}

/// <summary>
/// Projects' part in a person's rights: names of staff in applications and of the person responsible for a project.
/// Erasure removes the name (the application and its figures stay, GDPR Art. 17(3)(b) for the grant records); retention
/// removes staff names from applications that ended longer ago than the retention period.
/// </summary>
public sealed class ProjectsPersonalData(LebensweltenDbContext db, IOptions<ProjectsRetentionOptions> retention) : IPersonalDataParticipant
{
    public string Capability => "Projects";

    public async Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct)
    {
        var responsible = await db.Projects.AsNoTracking().Where(p => p.ResponsibleUserId == userId)
            .Select(p => new PersonalProjectRole(p.Id, p.Title, p.ResponsibleName ?? "")).ToListAsync(ct);
        var staff = await db.Set<ApplicationStaffMember>().AsNoTracking().Where(s => s.UserId == userId)
            .Join(db.FundingApplications, s => s.ApplicationId, a => a.Id, (s, a) => new PersonalApplicationStaff(a.Id, a.Title, s.Name, s.Role))
            .ToListAsync(ct);
        return responsible.Count + staff.Count == 0 ? null : new ProjectsPersonalDataSection(responsible, staff);
    }

    public async Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct)
    {
        var named = await db.Projects.Where(p => p.ResponsibleUserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.ResponsibleName, (string?)null)
                .SetProperty(p => p.ResponsibleUserId, (string?)null), ct);
        return named + await db.Set<ApplicationStaffMember>().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddYears(-retention.Value.StaffNameYears);
        return await db.Set<ApplicationStaffMember>()
            .Where(s => db.FundingApplications.Any(a => a.Id == s.ApplicationId && a.EndedAt != null && a.EndedAt < before))
            .ExecuteDeleteAsync(ct);
    }
}
