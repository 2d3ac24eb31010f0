using Lebenswelten.Core.Network.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Network;

/// <summary>
/// Uploads as multipart forms (title, file, and for agreements signedCopy) and the download. The body limit is raised
/// for these requests only (<see cref="UploadLimit"/>); the type is found by the content, never the name or header.
/// </summary>
internal static class DocumentEndpoints
{
    public static Task<Results<Created<DocumentDto>, ProblemHttpResult>> ToNetworkAsync(Guid id, HttpRequest request,
        NetworkDocuments documents, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        UploadAsync(new DocumentOwner(DocumentOwnerKind.Network, id), request, documents, text, ct);

    public static Task<Results<Created<DocumentDto>, ProblemHttpResult>> ToMeetingAsync(Guid id, HttpRequest request,
        NetworkDocuments documents, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        UploadAsync(new DocumentOwner(DocumentOwnerKind.Meeting, id), request, documents, text, ct);

    public static Task<Results<Created<DocumentDto>, ProblemHttpResult>> ToAgreementAsync(Guid id, HttpRequest request,
        NetworkDocuments documents, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        UploadAsync(new DocumentOwner(DocumentOwnerKind.Agreement, id), request, documents, text, ct);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(Guid id, NetworkDocuments documents,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        var outcome = await documents.DownloadAsync(id, http.User.UserId(), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var (document, content) = outcome.Value;
        return TypedResults.File(content, document.ContentType, document.FileName);
    }

    private static async Task<Results<Created<DocumentDto>, ProblemHttpResult>> UploadAsync(DocumentOwner owner, HttpRequest request,
        NetworkDocuments documents, IStringLocalizer text, CancellationToken ct)
    {
        // Anything but a form carries no file: the domain answers as for an empty upload (404 for someone else's, else 422).
        UploadLimit.Raise(request.HttpContext);
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var file = form?.Files.GetFile("file");
        var upload = new DocumentUpload(form?["title"].ToString(), file?.FileName, file is null ? null : await ReadAsync(file, ct),
            form?["signedCopy"].ToString() == "true");
        var outcome = await documents.UploadAsync(owner, upload, request.HttpContext.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Created($"/api/documents/{outcome.Value!.Id}", DocumentDto.From(outcome.Value));
    }

    internal static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
