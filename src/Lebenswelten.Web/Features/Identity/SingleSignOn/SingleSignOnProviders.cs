using System.Text.RegularExpressions;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>
/// Every provider of <see cref="SingleSignOnOptions"/>, validated once at start: a broken entry stops the app with a
/// message naming it, rather than failing at someone's login.
/// </summary>
public sealed partial class SingleSignOnProviders(IReadOnlyList<SingleSignOnProvider> all)
{
    public IReadOnlyList<SingleSignOnProvider> All { get; } = all;

    public SingleSignOnProvider? ByName(string? name) => All.FirstOrDefault(p => p.Name == name);

    public SingleSignOnProvider? ByScheme(string? scheme) => All.FirstOrDefault(p => p.Scheme == scheme);

    /// <summary>Where the login and logout forms may lead (Content-Security-Policy form-action follows redirects).</summary>
    public IReadOnlyList<string> Origins => All.Select(p => p.Authority.GetLeftPart(UriPartial.Authority)).Distinct().ToList();

    public static SingleSignOnProviders From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        var errors = new List<string>();
        var providers = options.Providers.Select(p => Check(p.Key, p.Value, environment, errors)).OfType<SingleSignOnProvider>().ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{SingleSignOnOptions.Section}: " + string.Join(" ", errors));
        }
        return new SingleSignOnProviders(providers);
    }

    private static SingleSignOnProvider? Check(string name, SingleSignOnProviderOptions options, IHostEnvironment environment,
        List<string> errors)
    {
        var at = $"Providers:{name}";
        var before = errors.Count;
        if (!NamePattern().IsMatch(name))
        {
            errors.Add($"{at}: the name must be 1 to 40 lower-case letters, digits or hyphens (it becomes the callback path).");
        }
        Require(options.Site, "Site");
        Require(options.DisplayName, "DisplayName");
        Require(options.ClientId, "ClientId");
        Require(options.ClientSecret, "ClientSecret");
        var authority = Uri.TryCreate(options.Authority, UriKind.Absolute, out var uri) ? uri : null;
        if (authority is null)
        {
            errors.Add($"{at}:Authority must be an absolute URL.");
        }
        if (!options.RequireHttpsMetadata && !environment.IsLocal())
        {
            errors.Add($"{at}:RequireHttpsMetadata may be false only in Development or Testing.");
        }
        else if (authority is not null && authority.Scheme != Uri.UriSchemeHttps && options.RequireHttpsMetadata)
        {
            errors.Add($"{at}:Authority must use https.");
        }
        if (options.ResponseMode is not ("query" or "form_post"))
        {
            errors.Add($"{at}:ResponseMode must be query or form_post.");
        }
        var roles = options.RoleMappings.Select((m, i) => Rule(m, $"{at}:RoleMappings:{i}", errors))
            .OfType<SingleSignOnRoleRule>().ToList();
        foreach (var (match, i) in options.MfaSatisfiedBy.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(match.Claim) || string.IsNullOrWhiteSpace(match.Value))
            {
                errors.Add($"{at}:MfaSatisfiedBy:{i} needs Claim and Value.");
            }
        }
        if (errors.Count > before)
        {
            return null;
        }
        var issuer = string.IsNullOrWhiteSpace(options.Issuer) ? options.Authority! : options.Issuer;
        return new SingleSignOnProvider(name, options.Site!, options.DisplayName!, authority!, issuer, options, roles);

        void Require(string? value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"{at}:{key} is required.");
            }
        }
    }

    private static SingleSignOnRoleRule? Rule(SingleSignOnRoleMapping mapping, string at, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(mapping.Claim) || string.IsNullOrWhiteSpace(mapping.Value))
        {
            errors.Add($"{at} needs Claim and Value.");
            return null;
        }
        var known = Enum.TryParse<SiteRole>(mapping.Role, ignoreCase: true, out var role) && Enum.IsDefined(role)
            || SiteRoles.TryParseShortName(mapping.Role ?? "", out role);
        if (!known)
        {
            errors.Add($"{at}:Role '{mapping.Role}' is no role (e.g. Coordinator, Provider).");
            return null;
        }
        // The platform administrator is given by a person only, never by a site's provider.
        if (role == SiteRole.Administrator)
        {
            errors.Add($"{at}:Role Administrator cannot be given by single sign-on.");
            return null;
        }
        return new SingleSignOnRoleRule(mapping.Claim, mapping.Value, role,
            string.IsNullOrWhiteSpace(mapping.Organisation) ? null : mapping.Organisation.Trim());
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex NamePattern();
}
