using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Projects;

/// <summary>Creates and changes a project's own fields, partners, goals and offerings; only the site's coordinators and administrators.</summary>
public sealed class ProjectEditor(LebensweltenDbContext db, ProjectAccess access)
{
    public async Task<Outcome<Project>> CreateAsync(Guid siteId, ProjectDraft draft, AuditActor actor, CancellationToken ct)
    {
        if (!(await access.RolesAsync(actor.UserId, siteId, ct)).Applies)
        {
            return ProjectsProblems.Forbidden;
        }
        if (await CheckAsync(siteId, draft, ct) is { } problem)
        {
            return problem;
        }
        var project = new Project { SiteId = siteId, Title = "" };
        db.Projects.Add(project);
        await ApplyAsync(project, draft, ct);
        await db.SaveChangesAsync(ct);
        return project;
    }

    public async Task<Outcome<Project>> UpdateAsync(Guid projectId, ProjectDraft draft, AuditActor actor, CancellationToken ct)
    {
        var found = await access.ProjectToManageAsync(projectId, actor.UserId, ct);
        if (found.Problem is not null)
        {
            return found;
        }
        var project = found.Value!;
        if (await CheckAsync(project.SiteId, draft, ct) is { } problem)
        {
            return problem;
        }
        await ApplyAsync(project, draft, ct);
        await db.SaveChangesAsync(ct);
        return project;
    }

    /// <summary>Every rule at once, so that a form shows all its errors together.</summary>
    public async Task<DomainProblem?> CheckAsync(Guid siteId, ProjectDraft draft, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(draft.Title), "Title", "Required");
        errors.AddIf(Flags.TooLong(draft.Title, Project.MaxTitleLength), "Title", "TooLong");
        errors.AddIf(Flags.TooLong(draft.Summary, Project.MaxTextLength), "Summary", "TooLong");
        errors.AddIf(Flags.TooLong(draft.ResponsibleName, ApplicationStaffMember.MaxLength), "ResponsibleName", "TooLong");
        errors.AddIf(!Enum.IsDefined(draft.Setting), "Setting", "Unknown");
        errors.AddIf(!Flags.Known(draft.TargetGroups), "TargetGroups", "Unknown");
        errors.AddIf(!Flags.Known(draft.FieldsOfAction), "FieldsOfAction", "Unknown");
        errors.AddIf(!Flags.Known(draft.LifePhases), "LifePhases", "Unknown");
        errors.AddIf(draft.StartsOn is { } start && draft.EndsOn is { } end && end < start, "EndsOn", "EndBeforeStart");
        errors.AddIf(draft.Partners.Any(p => !Enum.IsDefined(p.Role)), "Partners", "Unknown");
        var districts = draft.DistrictIds.Distinct().ToList();
        errors.AddIf(await db.Districts.CountAsync(d => d.SiteId == siteId && districts.Contains(d.Id), ct) != districts.Count, "DistrictIds", "UnknownDistrict");
        var organisations = draft.Partners.Select(p => p.OrganisationId).Distinct().ToList();
        errors.AddIf(await db.Organisations.CountAsync(o => o.SiteId == siteId && organisations.Contains(o.Id), ct) != organisations.Count,
            "Partners", "UnknownOrganisation");
        var goals = draft.GoalIds.Distinct().ToList();
        errors.AddIf(await db.HealthGoals.CountAsync(g => g.SiteId == siteId && goals.Contains(g.Id), ct) != goals.Count, "GoalIds", "UnknownGoal");
        var offerings = draft.OfferingIds.Distinct().ToList();
        errors.AddIf(await db.Offerings.CountAsync(o => o.SiteId == siteId && offerings.Contains(o.Id), ct) != offerings.Count,
            "OfferingIds", "UnknownOffering");
        errors.AddIf(draft.ResponsibleUserId is { } user
            && !await db.SiteRoleAssignments.AnyAsync(a => a.UserId == user && a.SiteId == siteId, ct), "ResponsibleUserId", "UnknownPerson");
        return errors.Any ? errors.ToProblem() : null;
    }

    private async Task ApplyAsync(Project project, ProjectDraft draft, CancellationToken ct)
    {
        project.Title = draft.Title!.Trim();
        project.Summary = draft.Summary?.Trim() ?? "";
        (project.Setting, project.TargetGroups, project.FieldsOfAction, project.LifePhases) =
            (draft.Setting, draft.TargetGroups, draft.FieldsOfAction, draft.LifePhases);
        project.DistrictIds = draft.DistrictIds.Distinct().ToList();
        (project.StartsOn, project.EndsOn, project.IsPublished, project.AgreementId) = (draft.StartsOn, draft.EndsOn, draft.IsPublished, draft.AgreementId);
        project.ResponsibleName = string.IsNullOrWhiteSpace(draft.ResponsibleName) ? null : draft.ResponsibleName.Trim();
        project.ResponsibleUserId = draft.ResponsibleUserId;
        project.Partners.RemoveAll(p => !draft.Partners.Contains(new PartnerDraft(p.OrganisationId, p.Role)));
        foreach (var partner in draft.Partners.Distinct().Where(d => !project.Partners.Any(p => p.OrganisationId == d.OrganisationId && p.Role == d.Role)))
        {
            project.Partners.Add(new ProjectPartner { ProjectId = project.Id, OrganisationId = partner.OrganisationId, Role = partner.Role });
        }
        await db.ProjectGoals.Where(g => g.ProjectId == project.Id).ExecuteDeleteAsync(ct);
        db.ProjectGoals.AddRange(draft.GoalIds.Distinct().Select(g => new ProjectGoal { ProjectId = project.Id, HealthGoalId = g }));
        await db.ProjectOfferings.Where(o => o.ProjectId == project.Id).ExecuteDeleteAsync(ct);
        db.ProjectOfferings.AddRange(draft.OfferingIds.Distinct().Select(o => new ProjectOffering { ProjectId = project.Id, OfferingId = o }));
    }
}
