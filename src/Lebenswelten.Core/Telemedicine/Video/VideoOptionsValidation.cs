using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Telemedicine.Video;

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
