using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Projects.ProjectsTestKit;

namespace Lebenswelten.Core.Tests.Projects;

public sealed class ActionCycleTests
{
    [Theory, BothProviders]
    public async Task A_project_moves_through_the_four_phases_only_with_each_phases_own_fields_and_records_who_moved_it(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var project = await kit.ProjectAsync();
        Task<Outcome<Project>> MoveOn() => kit.WithAsync<Outcome<Project>, ActionCycle>(c => c.MoveOnAsync(project.Id, kit.Coordinator, default));
        Task<Outcome<Project>> Save(PhaseDraft draft) =>
            kit.WithAsync<Outcome<Project>, ActionCycle>(c => c.SavePhaseFieldsAsync(project.Id, draft, kit.Coordinator, default));

        Assert.Equal("NeedEvidence", (await MoveOn()).Problem!.FieldErrors!.Keys.Single());
        var early = await Save(new PhaseDraft("Familienstudie 2018", null, "Training jeden Samstag", null, null));
        Assert.Equal(["PhaseNotReached"], early.Problem!.FieldErrors!["PlannedMeasures"]);

        Ok(await Save(new PhaseDraft("AOK-Familienstudie 2018: Väter bewegen sich zu wenig mit ihren Kindern.", null, null, null, null)));
        kit.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(ActionCyclePhase.Planning, Ok(await MoveOn()).Phase);
        Ok(await Save(new PhaseDraft("AOK-Familienstudie 2018", null, "Training jeden Samstag in der Halle", null, null)));
        Assert.Equal("Milestones", (await MoveOn()).Problem!.FieldErrors!.Keys.Single());
        Ok(await kit.WithAsync<Outcome<ProjectMilestone>, ActionCycle>(c =>
            c.AddMilestoneAsync(project.Id, "Erstes Training", new DateOnly(2026, 5, 2), kit.Coordinator, default)));
        Assert.Equal(ActionCyclePhase.Implementation, Ok(await MoveOn()).Phase);
        Ok(await Save(new PhaseDraft("AOK-Familienstudie 2018", null, "Training", "40 Väter beim ersten Training", null)));
        Assert.Equal(ActionCyclePhase.Evaluation, Ok(await MoveOn()).Phase);
        Assert.Equal("Project.LastPhase", (await MoveOn()).Problem!.Code);

        await using var db = kit.Database.CreateContext();
        var changes = (await db.Set<ProjectPhaseChange>().Where(c => c.ProjectId == project.Id).ToListAsync()).OrderBy(c => c.To).ToList();
        Assert.Equal([ActionCyclePhase.Planning, ActionCyclePhase.Implementation, ActionCyclePhase.Evaluation], changes.Select(c => c.To));
        Assert.All(changes, c => Assert.Equal(kit.Coordinator.UserId, c.ByUserId));
        Assert.Equal(kit.Clock.GetUtcNow(), changes[^1].At);
    }

    [Theory, BothProviders]
    public async Task Only_the_sites_coordination_plans_a_project_and_others_do_not_learn_it_exists(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var project = await kit.ProjectAsync();

        var byOfficer = await kit.WithAsync<Outcome<Project>, ActionCycle>(c => c.MoveOnAsync(project.Id, kit.OfficerA, default));
        var byProvider = await kit.WithAsync<Outcome<ProjectView>, ProjectDirectory>(d => d.OpenAsync(project.Id, kit.Provider, default));
        var created = await kit.WithAsync<Outcome<Project>, ProjectEditor>(e =>
            e.CreateAsync(kit.Site.Id, new ProjectDraft { Title = "Fremdprojekt" }, kit.Provider, default));

        Assert.Equal("Project.NotFound", byOfficer.Problem!.Code);
        Assert.Equal("Project.NotFound", byProvider.Problem!.Code);
        Assert.Equal(ProblemKind.Forbidden, created.Problem!.Kind);
    }

    [Theory, BothProviders]
    public async Task A_project_links_the_sites_health_goals_and_refuses_another_sites(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await using var other = kit.Database.CreateContext();
        var site = await Lebenswelten.Core.Tests.Needs.NeedsTestSite.CreateAsync(other);
        var ownGoal = await AddGoalAsync(kit, kit.Site.Id);
        var foreignGoal = await AddGoalAsync(kit, site.Site.Id);
        var project = await kit.ProjectAsync();
        ProjectDraft Draft(Guid goal) => new() { Title = project.Title, Setting = ProjectSetting.Club, GoalIds = [goal] };

        var refused = await kit.WithAsync<Outcome<Project>, ProjectEditor>(e => e.UpdateAsync(project.Id, Draft(foreignGoal), kit.Coordinator, default));
        Ok(await kit.WithAsync<Outcome<Project>, ProjectEditor>(e => e.UpdateAsync(project.Id, Draft(ownGoal), kit.Coordinator, default)));

        Assert.Equal(["UnknownGoal"], refused.Problem!.FieldErrors!["GoalIds"]);
        var view = Ok(await kit.WithAsync<Outcome<ProjectView>, ProjectDirectory>(d => d.OpenAsync(project.Id, kit.Coordinator, default)));
        Assert.Equal([ownGoal], view.GoalIds);
    }

    private static async Task<Guid> AddGoalAsync(ProjectsTestKit kit, Guid siteId)
    {
        await using var db = kit.Database.CreateContext();
        var indicator = new Indicator { SiteId = siteId, Key = $"i{Guid.NewGuid():N}"[..10], Name = "Bewegung" };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        var goal = await new NeedsSettings(db).AddGoalAsync(siteId, new GoalDraft("Mehr Bewegung für Väter und Kinder", indicator.Id, 2019, 40, 2030, 60, [],
            TargetGroups.Fathers | TargetGroups.Children));
        Assert.Equal(TargetGroups.Fathers | TargetGroups.Children, (await db.HealthGoals.AsNoTracking().SingleAsync(g => g.Id == goal.Value!.Id)).TargetGroups);
        return goal.Value!.Id;
    }
}
