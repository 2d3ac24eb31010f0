namespace Lebenswelten.Core.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";
    public const string DefaultPassword = "Lobeda-Gesund-2026";
    public const string DefaultTotpSecret = "LEBENSWELTENDEMOZWEITERFAKTOR234";

    /// <summary>The one password of every demo account (<c>Demo:Password</c>, e.g. <c>Demo__Password</c>).</summary>
    public string Password { get; set; } = DefaultPassword;

    /// <summary>
    /// The authenticator secret (base32) of every demo staff account (<c>Demo:TotpSecret</c>): staff need a second
    /// factor, and the demo must stay usable — add it to an authenticator app or compute the code with oathtool.
    /// </summary>
    public string TotpSecret { get; set; } = DefaultTotpSecret;

    /// <summary>Seed the demo sites on first start; on by default for SQLite only.</summary>
    public bool? SeedOnStart { get; set; }
}
