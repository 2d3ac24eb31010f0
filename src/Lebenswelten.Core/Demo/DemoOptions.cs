namespace Lebenswelten.Core.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Published in the README: fine on one's own machine, a door for everyone on a server.</summary>
    public const string DefaultPassword = "Lobeda-Gesund-2026";

    /// <summary>Published in the README like <see cref="DefaultPassword"/>.</summary>
    public const string DefaultTotpSecret = "LEBENSWELTENDEMOZWEITERFAKTOR234";

    /// <summary>
    /// The one password of every demo account (<c>Demo:Password</c>, e.g. <c>Demo__Password</c>), used only when the
    /// demo is seeded; outside Development it must be one of the operator's own.
    /// </summary>
    public string Password { get; set; } = DefaultPassword;

    /// <summary>
    /// The authenticator secret (base32) of every demo staff account (<c>Demo:TotpSecret</c>): staff need a second
    /// factor, and the demo must stay usable — add it to an authenticator app or compute the code with oathtool.
    /// Outside Development it must be one of the operator's own, like <see cref="Password"/>.
    /// </summary>
    public string TotpSecret { get; set; } = DefaultTotpSecret;

    /// <summary>Seed the demo sites on start; unset, only in Development on SQLite (the README's first start).</summary>
    public bool? SeedOnStart { get; set; }

    /// <summary>Whether seeding now would give the demo accounts the password or secret everyone can read in the README.</summary>
    public bool UsesPublishedCredentials => Password == DefaultPassword || TotpSecret == DefaultTotpSecret;
}
