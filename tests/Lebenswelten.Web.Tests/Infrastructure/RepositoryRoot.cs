namespace Lebenswelten.Web.Tests.Infrastructure;

public static class RepositoryRoot
{
    /// <summary>The folder holding Lebenswelten.slnx, found upwards from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Lebenswelten.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Lebenswelten.slnx not found above the test binaries.");
    }
}
