using System.Text;
using Lebenswelten.Core.Network.Documents;

namespace Lebenswelten.Core.Tests.Network;

/// <summary>What a file is, decided by its bytes: what it claims to be by its name counts for nothing.</summary>
public sealed class UploadInspectionTests
{
    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "PDF", TestFiles.Pdf, "application/pdf" },
        { "PNG", TestFiles.Png, "image/png" },
        { "Word", TestFiles.Docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "OpenDocument", TestFiles.Odt(), "application/vnd.oasis.opendocument.text" },
        { "plain SVG", TestFiles.Svg("<circle cx=\"5\" cy=\"5\" r=\"4\"/><use href=\"#c\"/>"), "image/svg+xml" },
    };

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "empty", [], "Document.Empty" },
        { "program", TestFiles.Executable, "Document.UnsupportedType" },
        { "HTML", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "Document.UnsupportedType" },
        { "plain ZIP", TestFiles.PlainZip(), "Document.UnsupportedType" },
        { "old Word", TestFiles.OldWord, "Document.OldOffice" },
        { "Word with macros", TestFiles.Docx(withMacros: true), "Document.Macros" },
        { "zip bomb", TestFiles.ZipBomb(), "Document.ZipBomb" },
        { "broken ZIP", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "Document.Damaged" },
        { "SVG with script", TestFiles.Svg("<script>alert(1)</script>"), "Document.SvgScript" },
        { "SVG with an event handler", TestFiles.Svg("", "onload=\"alert(1)\""), "Document.SvgScript" },
        { "SVG with a javascript link", TestFiles.Svg("<a href=\"javascript:alert(1)\"><text>x</text></a>"), "Document.SvgScript" },
        { "SVG with foreign HTML", TestFiles.Svg("<foreignObject><div>x</div></foreignObject>"), "Document.SvgScript" },
        { "SVG that rewrites a link", TestFiles.Svg("<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>"), "Document.SvgScript" },
        { "SVG with a DTD", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>"),
            "Document.SvgScript" },
    };

    [Theory, MemberData(nameof(Accepted))]
    public void Real_files_are_known_by_their_content(string what, byte[] content, string type)
    {
        var (file, problem) = UploadInspection.Inspect(content);

        Assert.True(problem is null, $"{what}: {problem}");
        Assert.Equal(type, file!.ContentType);
    }

    [Theory, MemberData(nameof(Refused))]
    public void Hostile_or_unknown_files_are_refused_with_their_reason(string what, byte[] content, string code)
    {
        var (file, problem) = UploadInspection.Inspect(content);

        Assert.Null(file);
        Assert.True(problem == code, $"{what}: {problem}");
    }

    [Fact]
    public void The_name_shown_is_the_uploaders_without_a_path_and_with_the_real_extension()
    {
        var pdf = new InspectedFile("application/pdf", ".pdf");

        Assert.Equal("protokoll.pdf", UploadInspection.FileName("C:\\Users\\x\\protokoll.exe", pdf));
        Assert.Equal("passwd.pdf", UploadInspection.FileName("../../etc/passwd", pdf));
        Assert.Equal("dokument.pdf", UploadInspection.FileName("\"<>|.pdf", pdf));
    }
}
