using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Projects;

/// <summary>
/// Applications of a site: drafting one for a project, reading (coordinators all, insurer officers those addressed to
/// their insurer; the read of the staff named in it audited), comments and documents.
/// </summary>
public sealed class ApplicationDesk(LebensweltenDbContext db, ProjectAccess access, AuditLog audit, TimeProvider clock)
{
    public const string AuditKind = "Projects.ApplicationStaff";
    private const long MaxCents = FundingSetup.MaxCents;

    public async Task<Outcome<FundingApplication>> CreateAsync(Guid projectId, ApplicationDraft draft, AuditActor actor, CancellationToken ct)
    {
        var found = await access.ProjectToManageAsync(projectId, actor.UserId, ct, tracked: false);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var project = found.Value!;
        if (await CheckAsync(project.SiteId, draft, ct) is { } invalid)
        {
            return invalid;
        }
        var application = new FundingApplication { SiteId = project.SiteId, ProjectId = project.Id, CreatedAt = clock.GetUtcNow() };
        Apply(application, draft);
        application.History.Add(Event(application, actor, ApplicationEventKind.Created, null));
        db.FundingApplications.Add(application);
        await db.SaveChangesAsync(ct);
        return application;
    }

    /// <summary>The applicant's fields may change while the draft or the invited full application is being written.</summary>
    public async Task<Outcome<FundingApplication>> UpdateAsync(Guid applicationId, ApplicationDraft draft, AuditActor actor, CancellationToken ct)
    {
        var opened = await FindAsync(applicationId, actor, ct);
        if (opened.Problem is { } problem)
        {
            return problem;
        }
        var (application, _, roles) = opened.Value;
        if (!roles.Applies)
        {
            return ProjectsProblems.Forbidden;
        }
        if (application.Status is not (ApplicationStatus.Draft or ApplicationStatus.InvitedToFullApplication))
        {
            return DomainProblem.Conflict("Application.NotEditable");
        }
        if (await CheckAsync(application.SiteId, draft, ct) is { } invalid)
        {
            return invalid;
        }
        Apply(application, draft);
        await db.SaveChangesAsync(ct);
        return application;
    }

    public async Task<Outcome<ApplicationView>> OpenAsync(Guid applicationId, AuditActor actor, CancellationToken ct)
    {
        var opened = await FindAsync(applicationId, actor, ct);
        if (opened.Problem is { } problem)
        {
            return problem;
        }
        var (application, source, roles) = opened.Value;
        // Names of project staff (and of the colleagues in the history) are personal data: every staff read is audited, with each
        // named account as a subject where known (GDPR Art. 5(2), 15(1)(c)).
        await audit.RecordReadAsync(actor, AuditKind, application.Id.ToString(), application.SiteId, ct,
            [.. application.Staff.Select(s => s.UserId), .. application.History.Select(e => e.ActorUserId)]);
        application.History.Sort((a, b) => a.At.CompareTo(b.At));
        var title = await db.Projects.Where(p => p.Id == application.ProjectId).Select(p => p.Title).SingleAsync(ct);
        var documents = await db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.UploadedAt)
            .Select(d => new ApplicationDocumentInfo(d.Id, d.FileName, d.ContentType, d.Content.Length, d.UploadedAt)).ToListAsync(ct);
        return new ApplicationView(application, source, title, documents, roles);
    }

    /// <summary>The site's applications the caller may see, newest first.</summary>
    public async Task<Outcome<(List<FundingApplication> Items, int Total)>> ListAsync(Guid siteId, string? userId, int page, int pageSize,
        CancellationToken ct, Guid? projectId = null)
    {
        var roles = await access.RolesAsync(userId, siteId, ct);
        if (!roles.Applies && roles.Insurers.Count == 0)
        {
            return ProjectsProblems.Forbidden;
        }
        var insurers = roles.Insurers.ToList();
        var query = db.FundingApplications.AsNoTracking().Where(a => a.SiteId == siteId && (projectId == null || a.ProjectId == projectId)
            && (roles.Applies || db.FundingSources.Any(s => s.Id == a.FundingSourceId && s.Shares.Any(sh => insurers.Contains(sh.OrganisationId)))));
        var items = await query.OrderByDescending(a => a.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (items, await query.CountAsync(ct));
    }

    public async Task<Outcome<ApplicationEvent>> CommentAsync(Guid applicationId, string? text, AuditActor actor, CancellationToken ct)
    {
        var opened = await FindAsync(applicationId, actor, ct);
        if (opened.Problem is { } problem)
        {
            return problem;
        }
        if (string.IsNullOrWhiteSpace(text) || text.Length > FundingApplication.MaxTextLength)
        {
            return DomainProblem.Field("Text", string.IsNullOrWhiteSpace(text) ? "Required" : "TooLong");
        }
        var entry = Event(opened.Value.Application, actor, ApplicationEventKind.Comment, text.Trim());
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public static readonly IReadOnlySet<string> DocumentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".odt", ".ods", ".docx", ".xlsx", ".txt", ".csv", ".png", ".jpg", ".jpeg",
    };

    public async Task<Outcome<ApplicationDocumentInfo>> AttachAsync(Guid applicationId, string? fileName, string? contentType, byte[] content,
        AuditActor actor, CancellationToken ct)
    {
        var opened = await FindAsync(applicationId, actor, ct);
        if (opened.Problem is { } problem)
        {
            return problem;
        }
        var name = Path.GetFileName(fileName ?? "").Trim();
        var errors = new FieldErrors();
        errors.AddIf(name.Length == 0 || name.Length > ApplicationDocument.MaxNameLength || !DocumentTypes.Contains(Path.GetExtension(name)),
            "File", "DocumentType");
        errors.AddIf(content.Length == 0 || content.Length > ApplicationDocument.MaxBytes, "File", "DocumentSize");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var document = new ApplicationDocument
        {
            ApplicationId = applicationId, FileName = name, Content = content, UploadedAt = clock.GetUtcNow(), UploadedByUserId = actor.UserId,
            ContentType = string.IsNullOrWhiteSpace(contentType) || contentType.Length > 100 ? "application/octet-stream" : contentType,
        };
        db.ApplicationDocuments.Add(document);
        db.Add(Event(opened.Value.Application, actor, ApplicationEventKind.Document, name));
        await db.SaveChangesAsync(ct);
        return new ApplicationDocumentInfo(document.Id, name, document.ContentType, content.Length, document.UploadedAt);
    }

    public async Task<Outcome<ApplicationDocument>> DocumentAsync(Guid applicationId, Guid documentId, AuditActor actor, CancellationToken ct)
    {
        var opened = await FindAsync(applicationId, actor, ct);
        if (opened.Problem is { } problem)
        {
            return problem;
        }
        var document = await db.ApplicationDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId, ct);
        return document is null ? DomainProblem.NotFound("Document.NotFound") : document;
    }

    /// <summary>The application with its source, if the caller may see it; otherwise it does not exist (404, never 403).</summary>
    internal async Task<Outcome<(FundingApplication Application, FundingSource Source, ProjectRoles Roles)>> FindAsync(Guid applicationId,
        AuditActor actor, CancellationToken ct)
    {
        var application = await db.FundingApplications.Include(a => a.Staff).Include(a => a.History).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return ProjectsProblems.ApplicationNotFound;
        }
        var source = await db.FundingSources.AsNoTracking().Include(s => s.Shares).SingleAsync(s => s.Id == application.FundingSourceId, ct);
        var roles = await access.RolesAsync(actor.UserId, application.SiteId, ct);
        return roles.Sees(source) ? (application, source, roles) : ProjectsProblems.ApplicationNotFound;
    }

    private async Task<DomainProblem?> CheckAsync(Guid siteId, ApplicationDraft draft, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddIf(!await db.FundingSources.AnyAsync(s => s.Id == draft.FundingSourceId && s.SiteId == siteId, ct), "FundingSourceId", "UnknownSource");
        errors.AddIf(draft.Year is < 2000 or > 2100, "Year", "YearRange");
        errors.AddIf(string.IsNullOrWhiteSpace(draft.Title), "Title", "Required");
        errors.AddIf(Flags.TooLong(draft.Title, Project.MaxTitleLength), "Title", "TooLong");
        errors.AddIf(draft.RequestedCents is <= 0 or > MaxCents, "RequestedCents", "AmountRange");
        errors.AddIf(draft.Staff.Any(s => string.IsNullOrWhiteSpace(s.Name) || Flags.TooLong(s.Name, ApplicationStaffMember.MaxLength)
            || Flags.TooLong(s.Role, ApplicationStaffMember.MaxLength)), "Staff", "StaffName");
        var users = draft.Staff.Where(s => s.UserId is not null).Select(s => s.UserId).Distinct().ToList();
        errors.AddIf(await db.SiteRoleAssignments.Where(a => a.SiteId == siteId && users.Contains(a.UserId)).Select(a => a.UserId).Distinct()
            .CountAsync(ct) != users.Count, "Staff", "UnknownPerson");
        return errors.Any ? errors.ToProblem() : null;
    }

    private static void Apply(FundingApplication application, ApplicationDraft draft)
    {
        (application.FundingSourceId, application.Year, application.Title, application.RequestedCents) =
            (draft.FundingSourceId, draft.Year, draft.Title!.Trim(), draft.RequestedCents);
        application.Staff.Clear();
        application.Staff.AddRange(draft.Staff.Select(s => new ApplicationStaffMember
        {
            ApplicationId = application.Id, Name = s.Name!.Trim(), Role = s.Role?.Trim() ?? "", UserId = s.UserId,
        }));
    }

    internal ApplicationEvent Event(FundingApplication application, AuditActor actor, ApplicationEventKind kind, string? text,
        ApplicationStatus? from = null, ApplicationStatus? to = null, long? amount = null) =>
        new()
        {
            ApplicationId = application.Id, At = clock.GetUtcNow(), ActorUserId = actor.UserId, Kind = kind, Text = text,
            From = from, To = to, AmountCents = amount,
        };
}
