using Lebenswelten.Core.Projects;
namespace Lebenswelten.Web.Features.Projects;

public sealed record ShareDto(Guid OrganisationId, int BasisPoints);

public sealed record SourceDraftDto(string? Name, FundingSourceKind? Kind, List<ShareDto>? Shares);

public sealed record BudgetPlanDto(long? PlannedCents);

public sealed record StaffDto(string? Name, string? Role, string? UserId);

public sealed record ApplicationDraftDto(Guid? FundingSourceId, int? Year, string? Title, long? RequestedCents, List<StaffDto>? Staff)
{
    public ApplicationDraft ToDraft() => new(FundingSourceId ?? Guid.Empty, Year ?? 0, Title, RequestedCents ?? 0,
        (Staff ?? []).Select(s => new StaffDraft(s.Name, s.Role, s.UserId)).ToList());
}

public sealed record StepDto(string? Comment, long? AmountCents, string? Conditions, string? Reason, DateOnly? DueOn, bool? Override)
{
    public StepInput ToInput() => new(Comment, AmountCents, Conditions, Reason, DueOn, Override ?? false);
}

public sealed record CommentDto(string? Text);

public sealed record FundingSourceDto(Guid Id, string Name, FundingSourceKind Kind, IReadOnlyList<ShareDto> Shares, bool IsSampleData)
{
    public static FundingSourceDto From(FundingSource s) =>
        new(s.Id, s.Name, s.Kind, s.Shares.Select(x => new ShareDto(x.OrganisationId, x.BasisPoints)).ToList(), s.IsSampleData);
}

public sealed record BudgetLineDto(Guid FundingSourceId, string Source, int Year, long PlannedCents, long CommittedCents, long SpentCents, long AvailableCents);

public sealed record BudgetsDto(int Year, IReadOnlyList<BudgetLineDto> Lines, long PlannedCents, long CommittedCents, long SpentCents,
    long? PerInsuredTargetCents, int? PerInsuredTargetYear)
{
    public static BudgetsDto From(int year, BudgetOverview o) => new(year,
        o.Lines.Select(l => new BudgetLineDto(l.Source.Id, l.Source.Name, l.Year, l.PlannedCents, l.CommittedCents, l.SpentCents, l.AvailableCents)).ToList(),
        o.PlannedCents, o.CommittedCents, o.SpentCents, o.PerInsuredTarget?.Cents, o.PerInsuredTarget?.Year);
}

public sealed record BudgetDto(Guid Id, Guid FundingSourceId, int Year, long PlannedCents, long CommittedCents, long SpentCents)
{
    public static BudgetDto From(Budget b) => new(b.Id, b.FundingSourceId, b.Year, b.PlannedCents, b.CommittedCents, b.SpentCents);
}

public sealed record ApplicationSummaryDto(Guid Id, Guid ProjectId, Guid FundingSourceId, int Year, string Title, ApplicationStatus Status,
    long RequestedCents, long? ApprovedCents, long SpentCents)
{
    public static ApplicationSummaryDto From(FundingApplication a) =>
        new(a.Id, a.ProjectId, a.FundingSourceId, a.Year, a.Title, a.Status, a.RequestedCents, a.ApprovedCents, a.SpentCents);
}

public sealed record HistoryDto(DateTimeOffset At, ApplicationEventKind Kind, ApplicationStatus? From, ApplicationStatus? To, string? Text,
    long? AmountCents, string? ActorUserId);

public sealed record DocumentDto(Guid Id, string FileName, string ContentType, int Bytes, DateTimeOffset UploadedAt);

/// <summary>An application as its reader may see it; <see cref="Staff"/> names people (the read is audited).</summary>
public sealed record ApplicationDto(Guid Id, Guid ProjectId, string Project, Guid FundingSourceId, string Source, int Year, string Title,
    ApplicationStatus Status, long RequestedCents, long? ApprovedCents, string? Conditions, string? RejectionReason, string? FinalReport,
    long SpentCents, DateOnly? FullApplicationDueOn, DateOnly? FinalReportDueOn, IReadOnlyList<StaffDto> Staff, IReadOnlyList<HistoryDto> History,
    IReadOnlyList<DocumentDto> Documents, IReadOnlyList<ApplicationStep> NextSteps)
{
    public static ApplicationDto From(ApplicationView view)
    {
        var a = view.Application;
        return new(a.Id, a.ProjectId, view.ProjectTitle, a.FundingSourceId, view.Source.Name, a.Year, a.Title, a.Status, a.RequestedCents,
            a.ApprovedCents, a.Conditions, a.RejectionReason, a.FinalReport, a.SpentCents, a.FullApplicationDueOn, a.FinalReportDueOn,
            a.Staff.Select(s => new StaffDto(s.Name, s.Role, s.UserId)).ToList(),
            a.History.Select(e => new HistoryDto(e.At, e.Kind, e.From, e.To, e.Text, e.AmountCents, e.ActorUserId)).ToList(),
            view.Documents.Select(d => new DocumentDto(d.Id, d.FileName, d.ContentType, d.Bytes, d.UploadedAt)).ToList(),
            StepRule.Open(a, view.Roles, view.Source).Select(r => r.Step).ToList());
    }
}
