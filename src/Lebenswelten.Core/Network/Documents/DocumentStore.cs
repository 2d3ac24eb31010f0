using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Network.Documents;

/// <summary>
/// Keeps the bytes of documents where the operator chose: in the database (backed up and shared by every node with
/// everything else), or in a folder (a shared volume when several nodes run). Files in the folder are named by the
/// document's id only, never by anything the uploader sent, so no name can reach outside it.
/// </summary>
public sealed class DocumentStore(LebensweltenDbContext db, IOptions<DocumentOptions> options)
{
    public DocumentStorage Storage => options.Value.Storage;

    /// <summary>Adds the bytes to the unit of work (database) or writes the file (folder) before the row is committed.</summary>
    public async Task PutAsync(Guid documentId, byte[] bytes, CancellationToken ct)
    {
        if (Storage == DocumentStorage.Database)
        {
            db.DocumentContents.Add(new DocumentContent { DocumentId = documentId, Bytes = bytes });
            return;
        }
        Directory.CreateDirectory(FolderPath);
        var temporary = PathOf(documentId) + ".part";
        await File.WriteAllBytesAsync(temporary, bytes, ct);
        File.Move(temporary, PathOf(documentId), overwrite: true);
    }

    public async Task<byte[]?> GetAsync(NetworkDocument document, CancellationToken ct)
    {
        if (document.Storage == DocumentStorage.Database)
        {
            return await db.DocumentContents.AsNoTracking().Where(c => c.DocumentId == document.Id).Select(c =>
                c.Bytes).FirstOrDefaultAsync(ct);
        }
        var path = PathOf(document.Id);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }

    /// <summary>A file written for an upload that then failed to commit.</summary>
    public void Forget(Guid documentId)
    {
        if (Storage == DocumentStorage.Folder && File.Exists(PathOf(documentId)))
        {
            File.Delete(PathOf(documentId));
        }
    }

    private string FolderPath => Path.GetFullPath(options.Value.Folder!);

    private string PathOf(Guid documentId) => Path.Combine(FolderPath, documentId.ToString("N"));
}
