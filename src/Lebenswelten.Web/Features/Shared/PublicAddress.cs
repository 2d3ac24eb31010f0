using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.HostFiltering;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// The app's public address (<c>PublicBaseUrl</c>), the one source of every absolute link: mails, FHIR answers, the
/// single sign-on redirect. Never the request's Host header, which the client chooses (host header injection, ASVS 5.0
/// V3.2, OWASP WSTG-INPV-17). Read on every use, so a test host can set it once its port is known.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, IHostEnvironment environment)
{
    public const string Key = "PublicBaseUrl";

    /// <summary>Where <c>dotnet run</c> listens (launchSettings.json); only Development and Testing fall back to it.</summary>
    public const string LocalDefault = "http://localhost:5080";

    private const string Required =
        $"{Key} must be the app's public absolute http(s) address outside Development, e.g. https://gesund.jena.de " +
        $"(environment variable {Key}): links in mails and FHIR answers are built from it, never from the request, " +
        "and only its host is answered (AllowedHosts). Lebenswelten does not start without it.";

    /// <summary>The address without a trailing slash, e.g. <c>https://gesund.jena.de</c>.</summary>
    public string Base => Parse(configuration[Key])?.AbsoluteUri.TrimEnd('/')
        ?? (environment.IsLocal() ? LocalDefault : throw new InvalidOperationException(Required));

    /// <summary>An absolute link to a path of the app (starting with '/', query included).</summary>
    public string Link(string pathAndQuery) => Base + pathAndQuery;

    /// <summary>
    /// Outside Development and Testing: the start is refused without a valid address (checked before the database is
    /// touched, see Program.cs), and requests for any other host are answered 400 by the host filter.
    /// </summary>
    public static void Require(WebApplicationBuilder builder)
    {
        if (builder.Environment.IsLocal())
        {
            return;
        }
        builder.Services.AddOptions<HostFilteringOptions>()
            .Validate<IConfiguration>((_, configuration) => Parse(configuration[Key]) is not null, Required)
            .ValidateOnStart();
        // Set here, the framework's own AllowedHosts binding (which only fills an empty list) keeps out of it.
        builder.Services.Configure<HostFilteringOptions>(options => options.AllowedHosts = AllowedHosts(builder.Configuration));
    }

    /// <summary>
    /// The public host, plus further names the operator lists in <c>AllowedHosts</c> (e.g. the name a load balancer's
    /// health check uses). A "*" there would answer any host again, so outside Development it counts for nothing.
    /// </summary>
    private static List<string> AllowedHosts(IConfiguration configuration) =>
        [
            .. Parse(configuration[Key]) is { } address ? [address.IdnHost] : Array.Empty<string>(),
            .. (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(host => host != "*"),
        ];

    private static Uri? Parse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;
}
