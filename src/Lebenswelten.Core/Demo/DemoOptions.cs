namespace Lebenswelten.Core.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";
    public const string DefaultPassword = "Lobeda-Gesund-2026";

    /// <summary>The one password of every demo account (<c>Demo:Password</c>, e.g. <c>Demo__Password</c>).</summary>
    public string Password { get; set; } = DefaultPassword;

    /// <summary>Seed the demo sites on first start; on by default for SQLite only.</summary>
    public bool? SeedOnStart { get; set; }
}
