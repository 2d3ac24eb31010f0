namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// The secret of a personal link as the API takes it: in a header, which keeps it out of addresses and so out of logs
/// and proxies (ASVS V8.3.1). Each binder names the headers it accepts, so no endpoint takes another capability's secret.
/// </summary>
public static class PersonalLinkHeader
{
    /// <summary>The first of the named headers that is sent and not empty; null when none is.</summary>
    public static string? Read(HttpContext context, params string[] names) =>
        names.Select(name => context.Request.Headers[name].FirstOrDefault()).FirstOrDefault(value => !string.IsNullOrEmpty(value));
}
