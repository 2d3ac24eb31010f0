namespace Lebenswelten.Core.Telemedicine.Video;

/// <summary>Which video service the links lead to (Telemedicine:Video:Provider).</summary>
public enum VideoProviderKind
{
    /// <summary>The practice pastes the link of its own certified video service (per schedule or per appointment).</summary>
    PastedLink,
    /// <summary>A Jitsi Meet server with token authentication (prosody mod_auth_token): signed room links.</summary>
    Jitsi,
}

/// <summary>Section "Telemedicine:Video".</summary>
public sealed class VideoOptions
{
    public const string Section = "Telemedicine:Video";

    public VideoProviderKind Provider { get; set; } = VideoProviderKind.PastedLink;
    public JitsiOptions Jitsi { get; set; } = new();
}
