using Lebenswelten.Core.Network;
using Lebenswelten.Core.Network.Documents;

namespace Lebenswelten.Web.Features.Network.Staff;

public sealed class MemberInput
{
    public Guid? OrganisationId { get; set; }
    public NetworkRole? Role { get; set; }
    public DateOnly? JoinedOn { get; set; }

    public MemberDraft Draft() => new(OrganisationId, Role, JoinedOn);
}

public sealed class WorkingGroupInput
{
    public string? Name { get; set; }
    public string? Mandate { get; set; }
    public List<Guid> OrganisationIds { get; set; } = [];

    public WorkingGroupDraft Draft() => new(Name, Mandate, null, OrganisationIds);
}

/// <summary>A meeting as the form takes it: the agenda one item per line.</summary>
public sealed class MeetingInput
{
    public string? Title { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    public string? Agenda { get; set; }

    public MeetingDraft Draft() => new(Title, Date, Start, End, Place, VideoLink,
        [.. (Agenda ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)]);
}

public sealed class UploadInput
{
    public string? Title { get; set; }
    public IFormFile? File { get; set; }
    public bool SignedCopy { get; set; }

    public async Task<DocumentUpload> ToUploadAsync(CancellationToken ct) =>
        new(Title, File?.FileName, File is null ? null : await DocumentEndpoints.ReadAsync(File, ct), SignedCopy);
}

public sealed class TaskInput
{
    public string? Title { get; set; }
    public Guid? OwnerContactId { get; set; }
    public DateOnly? DueOn { get; set; }

    public TaskDraft Draft() => new(Title, OwnerContactId, DueOn);
}
