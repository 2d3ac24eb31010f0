using System.Security.Cryptography;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Network.Documents;

public enum DocumentOwnerKind
{
    Network,
    Meeting,
    Agreement,
    Eligibility,
}

/// <summary>What a document is attached to: a network, a meeting, an agreement, or a site's eligibility check (by site id).</summary>
public sealed record DocumentOwner(DocumentOwnerKind Kind, Guid Id, EligibilityCriterion? Criterion = null);

/// <param name="IsSignedCopy">For an agreement: this is its signed copy.</param>
public sealed record DocumentUpload(string? Title, string? FileName, byte[]? Content, bool IsSignedCopy = false);

/// <summary>
/// Shared documents. Members of a network upload to it and its meetings and download them; an agreement's documents are
/// for those who may read it (its editors upload), an eligibility check's for its reviewers. The type is found by the
/// content (<see cref="UploadInspection"/>), the size is capped by <see cref="DocumentOptions.MaxBytes"/>.
/// </summary>
public sealed class NetworkDocuments(LebensweltenDbContext db, INetworkPeople people, DocumentStore store, NetworkLookup lookup, Meetings meetings,
    NetworkAccess access, IOptions<DocumentOptions> options, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<NetworkDocument>>> ListAsync(Guid networkId, string? userId, CancellationToken ct)
    {
        var found = await lookup.MemberAsync(networkId, userId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        return await db.NetworkDocuments.AsNoTracking().Where(d => d.NetworkId == networkId).OrderByDescending(d =>
            d.UploadedAt).ToListAsync(ct);
    }

    public async Task<Outcome<NetworkDocument>> UploadAsync(DocumentOwner owner, DocumentUpload upload, AuditActor actor,
        CancellationToken ct)
    {
        var place = await PlaceAsync(owner, actor.UserId, write: true, ct);
        if (place.Value is not { } document)
        {
            return place.Problem!;
        }
        var content = upload.Content ?? [];
        if (content.Length > options.Value.MaxBytes)
        {
            return DomainProblem.Field("File", "Document.TooLarge");
        }
        var (file, refused) = UploadInspection.Inspect(content);
        if (file is null)
        {
            return DomainProblem.Field("File", refused!);
        }
        var errors = new FieldErrors();
        NetworkRules.Text(errors, nameof(upload.Title), upload.Title, 200);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        document.FileName = UploadInspection.FileName(upload.FileName, file);
        document.Title = NetworkRules.Clean(upload.Title) ?? Path.GetFileNameWithoutExtension(document.FileName);
        document.ContentType = file.ContentType;
        document.SizeBytes = content.Length;
        document.Sha256 = Convert.ToHexString(SHA256.HashData(content));
        document.Storage = store.Storage;
        document.UploadedByUserId = actor.UserId;
        document.UploadedAt = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (document.EligibilityCheckId is { } check && !await db.EligibilityChecks.AnyAsync(c => c.Id == check, ct))
        {
            // The first evidence for a site's checklist creates it.
            db.EligibilityChecks.Add(new EligibilityCheck { Id = check, SiteId = document.SiteId });
        }
        db.NetworkDocuments.Add(document);
        await store.PutAsync(document.Id, content, ct);
        if (upload.IsSignedCopy && owner.Kind == DocumentOwnerKind.Agreement)
        {
            await db.Agreements.Where(a => a.Id == owner.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.SignedDocumentId, document.Id),
                ct);
        }
        audit.Record(actor, AuditAction.Create, "Document", document.Id.ToString(), document.SiteId);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            store.Forget(document.Id);
            throw;
        }
        return document;
    }

    /// <summary>The document and its bytes, for those who may see what it is attached to; for anyone else it does not exist.</summary>
    public async Task<Outcome<(NetworkDocument Document, byte[] Content)>> DownloadAsync(Guid documentId, string? userId,
        CancellationToken ct)
    {
        var document = await db.NetworkDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        var owner = document switch
        {
            { NetworkId: { } id } => new DocumentOwner(DocumentOwnerKind.Network, id),
            { MeetingId: { } id } => new DocumentOwner(DocumentOwnerKind.Meeting, id),
            { AgreementId: { } id } => new DocumentOwner(DocumentOwnerKind.Agreement, id),
            { EligibilityCheckId: not null } => new DocumentOwner(DocumentOwnerKind.Eligibility, document.SiteId),
            _ => null,
        };
        if (owner is null || (await PlaceAsync(owner, userId, write: false, ct)).Problem is not null
            || await store.GetAsync(document!, ct) is not { } content)
        {
            return DomainProblem.NotFound("NetworkDocument.NotFound");
        }
        return (document!, content);
    }

    /// <summary>A new document row for the owner, if the person may add to it (or, for a download, see it).</summary>
    private async Task<Outcome<NetworkDocument>> PlaceAsync(DocumentOwner owner, string? userId, bool write, CancellationToken ct)
    {
        NetworkDocument New(Guid siteId) => new()
        {
            SiteId = siteId, Title = "", FileName = "", ContentType = "", Sha256 = "",
            NetworkId = owner.Kind == DocumentOwnerKind.Network ? owner.Id : null,
            MeetingId = owner.Kind == DocumentOwnerKind.Meeting ? owner.Id : null,
            AgreementId = owner.Kind == DocumentOwnerKind.Agreement ? owner.Id : null,
            Criterion = owner.Criterion,
        };
        switch (owner.Kind)
        {
            case DocumentOwnerKind.Network:
                var network = await lookup.MemberAsync(owner.Id, userId, ct);
                return network.Value is { } context ? New(context.Network.SiteId) : network.Problem!;
            case DocumentOwnerKind.Meeting:
                var meeting = await meetings.MemberAsync(owner.Id, userId, ct);
                return meeting.Problem ?? (Outcome<NetworkDocument>)New(meeting.Value.Item1.SiteId);
            case DocumentOwnerKind.Agreement:
                var who = await PartnershipActor.LoadAsync(people, userId, ct);
                var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).ThenInclude(p => p.Organisation)
                    .FirstOrDefaultAsync(a => a.Id == owner.Id, ct);
                return agreement is null || !who.CanRead(agreement) ? DomainProblem.NotFound("Agreement.NotFound")
                    : write && !who.CanEdit(agreement) ? DomainProblem.Forbidden("Agreement.Forbidden")
                    : New(agreement.SiteId);
            default:
                var actor = await access.ActorAsync(userId, owner.Id, ct);
                if (!actor.IsCoordinator && !actor.IsInsurerOfficer)
                {
                    return DomainProblem.NotFound("Eligibility.NotFound");
                }
                var placed = New(owner.Id);
                placed.EligibilityCheckId = await db.EligibilityChecks.Where(c => c.SiteId == owner.Id).Select(c => (Guid?)c.Id)
                    .FirstOrDefaultAsync(ct) ?? Guid.CreateVersion7();
                return placed;
        }
    }
}
