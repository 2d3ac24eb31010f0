using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Telemedicine.Video;

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

/// <summary>Refuses to start with a Jitsi provider that could not sign a valid link.</summary>
public sealed class VideoOptionsValidation : IValidateOptions<VideoOptions>
{
    public const int MinSecretBytes = 32;

    public ValidateOptionsResult Validate(string? name, VideoOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail($"{VideoOptions.Section}:Provider must be Jitsi or PastedLink.");
        }
        if (options.Provider != VideoProviderKind.Jitsi)
        {
            return ValidateOptionsResult.Success;
        }
        var jitsi = options.Jitsi;
        var failures = new List<string>();
        if (!Uri.TryCreate(jitsi.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{VideoOptions.Section}:Jitsi:BaseUrl must be an https address.");
        }
        if (string.IsNullOrWhiteSpace(jitsi.AppId))
        {
            failures.Add($"{VideoOptions.Section}:Jitsi:AppId is required.");
        }
        if (System.Text.Encoding.UTF8.GetByteCount(jitsi.Secret ?? "") < MinSecretBytes)
        {
            failures.Add($"{VideoOptions.Section}:Jitsi:Secret must be at least {MinSecretBytes} bytes.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
