namespace Lebenswelten.Core.Telemedicine.Video;

/// <summary>Section "Telemedicine:Video:Jitsi": the server and the token signing.</summary>
public sealed class JitsiOptions
{
    /// <summary>The Jitsi server, e.g. https://meet.example.org; its host is the token's "sub".</summary>
    public string? BaseUrl { get; set; }
    /// <summary>The token's issuer (prosody's app_id).</summary>
    public string? AppId { get; set; }
    /// <summary>The shared secret (prosody's app_secret), at least 32 bytes: HS256 needs a 256-bit key.</summary>
    public string? Secret { get; set; }
    /// <summary>The token's audience; Jitsi's default accepts "jitsi".</summary>
    public string Audience { get; set; } = "jitsi";
}
