using System.IO.Compression;
using System.Text;

namespace Lebenswelten.Core.Tests.Network;

/// <summary>Files as people upload them, built byte by byte: real formats, disguised ones and hostile ones.</summary>
public static class TestFiles
{
    public static readonly byte[] Pdf = Lebenswelten.Core.Demo.DemoPdf.WithText("Protokoll");
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    /// <summary>A Windows program ("MZ") however it is named.</summary>
    public static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];
    public static readonly byte[] OldWord = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

    public static byte[] Docx(bool withMacros = false) => Zip(
        ("[Content_Types].xml", withMacros
            ? "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"
            : "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Protokoll</w:t></w:r></w:p></w:body></w:document>"),
        withMacros ? ("word/vbaProject.bin", "macro") : ("docProps/app.xml", "<Properties/>"));

    public static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    public static byte[] PlainZip() => Zip(("readme.txt", "hello"));

    /// <summary>An office file with a part that unpacks to 50 MB of zeros from a few kilobytes.</summary>
    public static byte[] ZipBomb()
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "[Content_Types].xml", "<Types/>");
            using var bomb = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 50; i++)
            {
                bomb.Write(zeros);
            }
        }
        return memory.ToArray();
    }

    public static byte[] Svg(string inner, string rootAttributes = "") =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" {rootAttributes} viewBox=\"0 0 10 10\">{inner}</svg>");

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                Write(archive, name, text);
            }
        }
        return memory.ToArray();
    }

    private static void Write(ZipArchive archive, string name, string text)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
