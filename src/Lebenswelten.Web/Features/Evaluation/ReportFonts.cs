using System.Reflection;
using PdfSharp.Fonts;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// Gives PDFsharp the report's font from the assembly: a Linux server has no Windows fonts, and a container may have no
/// fonts at all, so the PDF never depends on what the machine has installed.
/// </summary>
public sealed class ReportFonts : IFontResolver
{
    public const string Family = "Lato";
    private static readonly Lock Gate = new();

    /// <summary>PDFsharp takes one resolver per process, and only before its first font: set it once, whoever comes first.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new ReportFonts();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? "Lato-Bold" : "Lato-Regular", mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Lebenswelten.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The report font {faceName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
