using System.IO.Compression;

namespace Lebenswelten.Core.Network.Documents;

/// <summary>
/// Office Open XML and OpenDocument files are ZIP archives. Before we accept one we read it whole, with hard limits on
/// entries, unpacked size and compression ratio, counting what really comes out rather than trusting the archive's
/// headers (a zip bomb lies in them). Macro-enabled files (a vbaProject part, a macroEnabled content type) are refused.
/// </summary>
public static class OfficeCheck
{
    public const int MaxEntries = 2_000;
    public const long MaxUnpackedBytes = 200_000_000;
    public const int MaxRatio = 200;

    private static readonly Dictionary<string, InspectedFile> OpenDocument = new(StringComparer.Ordinal)
    {
        ["application/vnd.oasis.opendocument.text"] = new("application/vnd.oasis.opendocument.text", ".odt"),
        ["application/vnd.oasis.opendocument.spreadsheet"] = new("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
        ["application/vnd.oasis.opendocument.presentation"] = new("application/vnd.oasis.opendocument.presentation", ".odp"),
    };

    public static (InspectedFile? File, string? Problem) Inspect(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                return (null, "Document.ZipBomb");
            }
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            string? mimetype = null, contentTypes = null;
            long unpacked = 0;
            foreach (var entry in archive.Entries)
            {
                names.Add(entry.FullName);
                // Stop as soon as the entry unpacks to more than the budget left, or to far more than its packed size.
                var limit = Math.Min(MaxUnpackedBytes - unpacked, Math.Max(1_000_000, entry.CompressedLength * MaxRatio));
                var (bytes, text) = Read(entry, limit, keepText: entry.FullName is "mimetype" or "[Content_Types].xml");
                if (bytes < 0)
                {
                    return (null, "Document.ZipBomb");
                }
                unpacked += bytes;
                mimetype = entry.FullName == "mimetype" ? text?.Trim() : mimetype;
                contentTypes = entry.FullName == "[Content_Types].xml" ? text : contentTypes;
            }
            return Classify(names, mimetype, contentTypes);
        }
        catch (InvalidDataException)
        {
            return (null, "Document.Damaged");
        }
    }

    private static (InspectedFile?, string?) Classify(HashSet<string> names, string? mimetype, string? contentTypes)
    {
        if (mimetype is not null && OpenDocument.TryGetValue(mimetype, out var odf))
        {
            // OpenDocument macros live in Basic/ or Scripts/.
            return names.Any(n => n.StartsWith("Basic/", StringComparison.OrdinalIgnoreCase) || n.StartsWith("Scripts/",
                StringComparison.OrdinalIgnoreCase))
                ? (null, "Document.Macros") : (odf, null);
        }
        if (contentTypes is null)
        {
            return (null, "Document.UnsupportedType");
        }
        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            || contentTypes.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "Document.Macros");
        }
        return names.Contains("word/document.xml")
                ? (new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"), null)
            : names.Contains("xl/workbook.xml")
                ? (new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"), null)
            : names.Contains("ppt/presentation.xml")
                ? (new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"), null)
            : (null, "Document.UnsupportedType");
    }

    /// <summary>Unpacks one entry, counting; -1 as soon as it passes the budget. Keeps the text of small marker files.</summary>
    private static (long Bytes, string? Text) Read(ZipArchiveEntry entry, long budget, bool keepText)
    {
        using var stream = entry.Open();
        using var kept = keepText ? new MemoryStream() : null;
        var buffer = new byte[81_920];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > budget)
            {
                return (-1, null);
            }
            if (kept is not null && kept.Length < 1_000_000)
            {
                kept.Write(buffer, 0, read);
            }
        }
        return (total, kept is null ? null : System.Text.Encoding.UTF8.GetString(kept.ToArray()));
    }
}
