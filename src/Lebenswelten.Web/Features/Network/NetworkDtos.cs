using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Documents;

namespace Lebenswelten.Web.Features.Network;

public sealed record NetworkBody(string? Name, string? Description, bool OpenCall, string? OpenCallText)
{
    public NetworkDraft Draft() => new(Name, Description, OpenCall, OpenCallText);
}

public sealed record NetworkSummaryDto(Guid Id, string Name, string? Description, bool OpenCall, int Members, int WorkingGroups,
    bool IsMember, bool IsSampleData)
{
    public static NetworkSummaryDto From(NetworkSummary s) => new(s.Network.Id, s.Network.Name, s.Network.Description,
        s.Network.OpenCall, s.Members, s.WorkingGroups, s.IsMember, s.Network.IsSampleData);
}

public sealed record MemberDto(Guid OrganisationId, string Organisation, OrganisationKind Kind, NetworkRole Role, DateOnly JoinedOn);

public sealed record WorkingGroupDto(Guid Id, string Name, string? Mandate, DateOnly StartedOn, IReadOnlyList<Guid> OrganisationIds)
{
    public static WorkingGroupDto Of(WorkingGroup g) => new(g.Id, g.Name, g.Mandate, g.StartedOn, [.. g.Members.Select(m => m.OrganisationId)]);
}

public sealed record WorkingGroupBody(string? Name, string? Mandate, DateOnly? StartedOn, List<Guid>? OrganisationIds)
{
    public WorkingGroupDraft Draft() => new(Name, Mandate, StartedOn, OrganisationIds);
}

public sealed record NetworkDto(Guid Id, Guid SiteId, string Name, string? Description, bool OpenCall, string? OpenCallText,
    IReadOnlyList<MemberDto> Members, IReadOnlyList<WorkingGroupDto> WorkingGroups, bool IsSampleData)
{
    public static NetworkDto From(NetworkView view) => new(view.Network.Id, view.Network.SiteId, view.Network.Name,
        view.Network.Description, view.Network.OpenCall, view.Network.OpenCallText,
        [.. view.Members.Select(m => new MemberDto(m.OrganisationId, m.Organisation?.Name ?? "", m.Organisation?.Kind ?? default, m.Role,
            m.JoinedOn))],
        [.. view.WorkingGroups.Select(WorkingGroupDto.Of)], view.Network.IsSampleData);

    public static NetworkDto Of(HealthNetwork network) => new(network.Id, network.SiteId, network.Name, network.Description,
        network.OpenCall, network.OpenCallText, [], [], network.IsSampleData);
}

public sealed record MemberBody(Guid? OrganisationId, NetworkRole? Role, DateOnly? JoinedOn)
{
    public MemberDraft Draft() => new(OrganisationId, Role, JoinedOn);
}

public sealed record ApplicationBody(string? OrganisationName, OrganisationKind? Kind, string? Website, string? ContactName,
    string? ContactFunction, string? ContactEmail, string? Message, bool Consent)
{
    public MembershipApplicationDraft Draft() => new(OrganisationName, Kind, Website, ContactName, ContactFunction, ContactEmail, Message, Consent);
}

public sealed record ApplicationDto(Guid Id, Guid NetworkId, string OrganisationName, OrganisationKind Kind, string? Website,
    string ContactName, string? ContactFunction, string ContactEmail, string? Message, MembershipApplicationStatus Status, DateTimeOffset CreatedAt,
    Guid? OrganisationId)
{
    public static ApplicationDto From(MembershipApplication a) => new(a.Id, a.NetworkId, a.OrganisationName, a.Kind, a.Website,
        a.ContactName, a.ContactFunction, a.ContactEmail, a.Message, a.Status, a.CreatedAt, a.OrganisationId);
}

/// <summary>What the applicant learns: that it arrived, nothing of the network's inner life.</summary>
public sealed record ApplicationReceiptDto(Guid Id, MembershipApplicationStatus Status);

public sealed record AcceptBody(NetworkRole? Role, Guid? OrganisationId, DateOnly? JoinedOn)
{
    public AcceptDraft Draft() => new(Role, OrganisationId, JoinedOn);
}

public sealed record MeetingBody(string? Title, DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Place, string? VideoLink,
    IReadOnlyList<string>? Agenda, Guid? WorkingGroupId)
{
    public MeetingDraft Draft() => new(Title, Date, Start, End, Place, VideoLink, Agenda, WorkingGroupId);
}

public sealed record MeetingSummaryDto(Guid Id, Guid NetworkId, Guid? WorkingGroupId, string Title, DateTimeOffset StartsAt,
    DateTimeOffset EndsAt, string? Place, string? VideoLink, bool IsSampleData)
{
    public static MeetingSummaryDto From(Meeting m) => new(m.Id, m.NetworkId, m.WorkingGroupId, m.Title, m.StartsAt, m.EndsAt, m.Place,
        m.VideoLink, m.IsSampleData);
}

public sealed record InvitationDto(Guid Id, string? Invitee, InvitationResponse Response, bool Attended);

public sealed record TaskDto(Guid Id, Guid NetworkId, Guid? MeetingId, string Title, string? Owner, DateOnly DueOn,
    DateTimeOffset? CompletedAt, bool IsOverdue)
{
    public static TaskDto From(ActionItem t, DateOnly today) => new(t.Id, t.NetworkId, t.MeetingId, t.Title, t.OwnerContact?.Name,
        t.DueOn, t.CompletedAt, t.IsOverdue(today));
}

public sealed record DocumentDto(Guid Id, string Title, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt)
{
    public static DocumentDto From(NetworkDocument d) => new(d.Id, d.Title, d.FileName, d.ContentType, d.SizeBytes, d.UploadedAt);
}

/// <summary>A meeting for its network's members: agenda, minutes (Markdown), decisions, who was invited and came, tasks.</summary>
public sealed record MeetingDto(MeetingSummaryDto Meeting, IReadOnlyList<string> Agenda, string? Minutes, IReadOnlyList<string> Decisions,
    IReadOnlyList<InvitationDto> Invitations, IReadOnlyList<TaskDto> Tasks, IReadOnlyList<DocumentDto> Documents)
{
    public static MeetingDto From(MeetingView v, DateOnly today) => new(MeetingSummaryDto.From(v.Meeting), v.Meeting.Agenda,
        v.Meeting.Minutes, v.Meeting.Decisions,
        [.. v.Invitations.Select(i => new InvitationDto(i.Id, i.ContactPerson?.Name, i.Response, i.Attended))],
        [.. v.Tasks.Select(t => TaskDto.From(t, today))], [.. v.Documents.Select(DocumentDto.From)]);
}

public sealed record MinutesBody(string? Minutes);

public sealed record TaskBody(string? Title, Guid? OwnerContactId, DateOnly? DueOn)
{
    public TaskDraft Draft() => new(Title, OwnerContactId, DueOn);
}
