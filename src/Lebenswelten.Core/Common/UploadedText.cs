using System.Text;

namespace Lebenswelten.Core.Common;

/// <summary>
/// The text of a file someone uploaded, in whichever encoding their office software wrote it: UTF-8 with or without
/// a byte order mark (LibreOffice, Excel's "CSV UTF-8"), or Windows-1252 (Excel's plain "CSV" on a German Windows,
/// where "Göschwitz" arrives as the single byte 0xF6). A file that is not valid UTF-8 is read as Windows-1252,
/// which maps every byte, so no upload fails on its encoding.
/// </summary>
public static class UploadedText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static UploadedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    public static async Task<string> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
