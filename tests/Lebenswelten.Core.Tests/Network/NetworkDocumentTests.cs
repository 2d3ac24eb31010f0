using Lebenswelten.Core.Network;
using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class NetworkDocumentTests
{
    [Theory, BothProviders]
    public async Task Members_share_documents_and_nobody_else_downloads_them(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();
        var meeting = await kit.MeetingAsync(network);
        var owner = new DocumentOwner(DocumentOwnerKind.Network, network.Id);

        var uploaded = await kit.With<NetworkDocuments, Outcome<NetworkDocument>>(d =>
            d.UploadAsync(owner, new DocumentUpload(null, "Satzung.exe", TestFiles.Pdf), kit.InsurerOfficer, None));
        var toMeeting = await kit.With<NetworkDocuments, Outcome<NetworkDocument>>(d => d.UploadAsync(
            new DocumentOwner(DocumentOwnerKind.Meeting, meeting.Id), new DocumentUpload("Einladung", "e.docx", TestFiles.Docx()), kit.Coordinator, None));
        var byOutsider = await kit.With<NetworkDocuments, Outcome<NetworkDocument>>(d =>
            d.UploadAsync(owner, new DocumentUpload(null, "x.pdf", TestFiles.Pdf), kit.Provider, None));
        var disguised = await kit.With<NetworkDocuments, Outcome<NetworkDocument>>(d =>
            d.UploadAsync(owner, new DocumentUpload(null, "bericht.pdf", TestFiles.Executable), kit.Coordinator, None));

        Assert.Equal(("Satzung.pdf", "Satzung", "application/pdf"), (uploaded.Value!.FileName, uploaded.Value.Title, uploaded.Value.ContentType));
        Assert.Equal("e.docx", toMeeting.Value!.FileName);
        Assert.Equal("Network.NotFound", byOutsider.Problem!.Code);
        Assert.Equal(["Document.UnsupportedType"], disguised.Problem!.FieldErrors!["File"]);
        var download = await kit.With<NetworkDocuments, Outcome<(NetworkDocument, byte[])>>(d => d.DownloadAsync(uploaded.Value.Id, kit.Coordinator.UserId, None));
        Assert.Equal(TestFiles.Pdf, download.Value.Item2);
        foreach (var stranger in new[] { kit.Provider, kit.Resident, kit.OtherCoordinator, kit.OtherInsurerOfficer })
        {
            var refused = await kit.With<NetworkDocuments, Outcome<(NetworkDocument, byte[])>>(d => d.DownloadAsync(toMeeting.Value.Id, stranger.UserId, None));
            Assert.Equal("NetworkDocument.NotFound", refused.Problem!.Code);
        }
    }

    [Theory, BothProviders]
    public async Task The_operator_chooses_a_folder_and_the_size_limit(DatabaseProvider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lw-docs-{Guid.NewGuid():N}");
        await using var kit = await CreateAsync(provider, s => s.Configure<DocumentOptions>(o =>
        {
            o.Storage = DocumentStorage.Folder;
            o.Folder = folder;
            o.MaxBytes = 4096;
        }));
        var network = await kit.NetworkAsync();
        var owner = new DocumentOwner(DocumentOwnerKind.Network, network.Id);
        try
        {
            var stored = await kit.With<NetworkDocuments, Outcome<NetworkDocument>>(d =>
                d.UploadAsync(owner, new DocumentUpload("Logo", "logo.png", TestFiles.Png), kit.Coordinator, None));
            var tooLarge = await kit.With<NetworkDocuments, Outcome<NetworkDocument>>(d =>
                d.UploadAsync(owner, new DocumentUpload(null, "gross.pdf", [.. TestFiles.Pdf, .. new byte[5000]]), kit.Coordinator, None));

            Assert.Equal(DocumentStorage.Folder, stored.Value!.Storage);
            Assert.Equal(TestFiles.Png, await File.ReadAllBytesAsync(Path.Combine(folder, stored.Value.Id.ToString("N"))));
            Assert.Equal(["Document.TooLarge"], tooLarge.Problem!.FieldErrors!["File"]);
            var download = await kit.With<NetworkDocuments, Outcome<(NetworkDocument, byte[])>>(d => d.DownloadAsync(stored.Value.Id, kit.InsurerOfficer.UserId, None));
            Assert.Equal(TestFiles.Png, download.Value.Item2);
            await using var db = kit.Database.CreateContext();
            Assert.False(await db.DocumentContents.AnyAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
