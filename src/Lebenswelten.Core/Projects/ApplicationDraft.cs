namespace Lebenswelten.Core.Projects;

public sealed record StaffDraft(string? Name, string? Role, string? UserId = null);

public sealed record ApplicationDraft(Guid FundingSourceId, int Year, string? Title, long RequestedCents, IReadOnlyList<StaffDraft> Staff);

/// <summary>An application as its reader may see it, with the source, the project's title and the documents' names.</summary>
public sealed record ApplicationView(FundingApplication Application, FundingSource Source, string ProjectTitle,
    IReadOnlyList<ApplicationDocumentInfo> Documents, ProjectRoles Roles);

public sealed record ApplicationDocumentInfo(Guid Id, string FileName, string ContentType, int Bytes, DateTimeOffset UploadedAt);
