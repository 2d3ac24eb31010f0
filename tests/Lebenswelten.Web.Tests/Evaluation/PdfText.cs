using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Lebenswelten.Web.Tests.Evaluation;

/// <summary>A PDF as text, read by poppler's pdftotext (scripts/install-pdftotext.sh installs it for the test script).</summary>
public static class PdfText
{
    public static string Read(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
                { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Table rows as pdftotext lays them out: cells apart by two or more spaces.</summary>
    public static IEnumerable<string[]> Rows(string text) => text.Split('\n').Select(l => Regex.Split(l.Trim(), @"\s{2,}"));
}
