using System.Text;

namespace Lebenswelten.Core.Network.Documents;

/// <summary>What a file turned out to be: its real type and the file name extension that goes with it.</summary>
public sealed record InspectedFile(string ContentType, string Extension);

/// <summary>
/// Decides what an uploaded file is by its content, never by its name or the browser's word for it (OWASP File Upload
/// Cheat Sheet; ASVS V5.2): PDF, images, and the office formats of today (Word, Excel, PowerPoint, OpenDocument). An
/// office file is a ZIP and is opened with limits against zip bombs; macro-enabled ones are refused, as are the old binary
/// formats, whose macros cannot be checked cheaply. An SVG is refused if it can run script (<see cref="SvgCheck"/>).
/// </summary>
public static class UploadInspection
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OldOffice = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <returns>The file's type, or the problem code that says why it is refused.</returns>
    public static (InspectedFile? File, string? Problem) Inspect(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return (null, "Document.Empty");
        }
        if (content.StartsWith(Pdf))
        {
            return (new("application/pdf", ".pdf"), null);
        }
        if (content.StartsWith(Png))
        {
            return (new("image/png", ".png"), null);
        }
        if (content.StartsWith(Jpeg))
        {
            return (new("image/jpeg", ".jpg"), null);
        }
        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return (new("image/gif", ".gif"), null);
        }
        if (content.Length > 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return (new("image/webp", ".webp"), null);
        }
        if (content.StartsWith(Zip))
        {
            return OfficeCheck.Inspect(content.ToArray());
        }
        if (content.StartsWith(OldOffice))
        {
            return (null, "Document.OldOffice");
        }
        if (LooksLikeXml(content))
        {
            return SvgCheck.Inspect(content.ToArray());
        }
        return (null, "Document.UnsupportedType");
    }

    /// <summary>A name that is safe to show and to send back: no path, no control characters, the real extension.</summary>
    public static string FileName(string? uploaded, InspectedFile file)
    {
        var name = Path.GetFileNameWithoutExtension((uploaded ?? "").Replace('\\', '/').Split('/')[^1]);
        var clean = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?'))]).Trim();
        clean = clean.Length == 0 ? "dokument" : clean[..Math.Min(clean.Length, 150)];
        return clean + file.Extension;
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> content)
    {
        var start = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith('<');
    }
}
