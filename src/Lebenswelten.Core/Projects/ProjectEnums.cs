namespace Lebenswelten.Core.Projects;

/// <summary>The setting (Lebenswelt, §20a SGB V) a project works in.</summary>
public enum ProjectSetting
{
    Municipality,
    Daycare,
    School,
    Neighbourhood,
    Workplace,
    Jobcenter,
    CareHome,
    Club,
}

/// <summary>
/// The public health action cycle (Public Health Action Cycle, GKV-Leitfaden Prävention): a project moves through
/// these phases in this order; evaluation may lead into a new cycle, which is a new project.
/// </summary>
public enum ActionCyclePhase
{
    NeedsAssessment,
    Planning,
    Implementation,
    Evaluation,
}

/// <summary>What a partner organisation does in a project.</summary>
public enum PartnerRole
{
    Lead,
    Funder,
    Implementation,
    Evaluation,
    Cooperation,
}
