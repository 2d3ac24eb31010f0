namespace Lebenswelten.Core.Projects;

/// <summary>The steps of the application workflow, each taken by one side.</summary>
public enum ApplicationStep
{
    SubmitIdea,
    Invite,
    Submit,
    Review,
    Approve,
    Reject,
    Start,
    Spend,
    Report,
    Close,
}

/// <summary>Which side takes a step: the applicant (the site's coordination) or the funder (the source's insurer officers).</summary>
public enum StepSide
{
    Applicant,
    Funder,
}

/// <summary>What a step may carry: a comment; an amount (approval, spending); conditions; a reason (rejection, override); a deadline.</summary>
public sealed record StepInput(string? Comment = null, long? AmountCents = null, string? Conditions = null, string? Reason = null,
    DateOnly? DueOn = null, bool Override = false);

/// <summary>From which states a step may be taken, into which state it leads (null: the state stays), and by whom.</summary>
public sealed record StepRule(ApplicationStep Step, StepSide Side, IReadOnlySet<ApplicationStatus> From, ApplicationStatus? To)
{
    public static readonly IReadOnlyDictionary<ApplicationStep, StepRule> All = new List<StepRule>
    {
        new(ApplicationStep.SubmitIdea, StepSide.Applicant, Set(ApplicationStatus.Draft), ApplicationStatus.IdeaSubmitted),
        new(ApplicationStep.Invite, StepSide.Funder, Set(ApplicationStatus.IdeaSubmitted), ApplicationStatus.InvitedToFullApplication),
        new(ApplicationStep.Submit, StepSide.Applicant, Set(ApplicationStatus.InvitedToFullApplication), ApplicationStatus.Submitted),
        new(ApplicationStep.Review, StepSide.Funder, Set(ApplicationStatus.Submitted), ApplicationStatus.UnderReview),
        new(ApplicationStep.Approve, StepSide.Funder, Set(ApplicationStatus.UnderReview), ApplicationStatus.Approved),
        new(ApplicationStep.Reject, StepSide.Funder,
            Set(ApplicationStatus.IdeaSubmitted, ApplicationStatus.Submitted, ApplicationStatus.UnderReview), ApplicationStatus.Rejected),
        new(ApplicationStep.Start, StepSide.Applicant, Set(ApplicationStatus.Approved), ApplicationStatus.InProgress),
        new(ApplicationStep.Spend, StepSide.Applicant, Set(ApplicationStatus.InProgress), null),
        new(ApplicationStep.Report, StepSide.Applicant, Set(ApplicationStatus.InProgress), ApplicationStatus.FinalReportSubmitted),
        new(ApplicationStep.Close, StepSide.Funder, Set(ApplicationStatus.FinalReportSubmitted), ApplicationStatus.Closed),
    }.ToDictionary(r => r.Step);

    /// <summary>The steps the caller could take now, for the page's buttons.</summary>
    public static IEnumerable<StepRule> Open(FundingApplication application, ProjectRoles roles, FundingSource source) =>
        All.Values.Where(r => r.From.Contains(application.Status) && (r.Side == StepSide.Applicant ? roles.Applies : roles.Funds(source)));

    private static HashSet<ApplicationStatus> Set(params ApplicationStatus[] statuses) => [.. statuses];
}
