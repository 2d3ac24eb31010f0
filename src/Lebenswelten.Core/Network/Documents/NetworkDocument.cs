using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Network.Documents;

public enum DocumentStorage
{
    Database,
    Folder,
}

/// <summary>
/// A file shared in the network: attached to a network, a meeting, an agreement or a site's eligibility check (exactly
/// one). Its type was found by its content, not its name; only those who may see what it is attached to download it.
/// </summary>
public sealed class NetworkDocument : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid? NetworkId { get; set; }
    public Guid? MeetingId { get; set; }
    public Guid? AgreementId { get; set; }
    public Guid? EligibilityCheckId { get; set; }
    public EligibilityCriterion? Criterion { get; set; }
    public required string Title { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required string Sha256 { get; set; }
    public DocumentStorage Storage { get; set; }
    public string? UploadedByUserId { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public bool IsSampleData { get; set; }
}

/// <summary>The bytes of a document kept in the database (<see cref="DocumentStorage.Database"/>).</summary>
public sealed class DocumentContent
{
    public Guid DocumentId { get; set; }
    public required byte[] Bytes { get; set; }
}
