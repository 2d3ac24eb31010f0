using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Adds <see cref="StaffTwoFactorRequirement"/> to every policy — named, default and fallback, including ones
/// added later — except <see cref="Policies.SignedIn"/>, which the 2FA set-up itself needs.
/// </summary>
public sealed class StaffTwoFactorPolicies(IOptions<AuthorizationOptions> options) : IAuthorizationPolicyProvider
{
    private readonly DefaultAuthorizationPolicyProvider _configured = new(options);
    private readonly ConcurrentDictionary<string, AuthorizationPolicy?> _named = new();
    private AuthorizationPolicy? _default;
    private AuthorizationPolicy? _fallback;

    public async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName == Policies.SignedIn)
        {
            return await _configured.GetPolicyAsync(policyName);
        }
        if (_named.TryGetValue(policyName, out var known))
        {
            return known;
        }
        return _named.GetOrAdd(policyName, With(await _configured.GetPolicyAsync(policyName)));
    }

    public async Task<AuthorizationPolicy> GetDefaultPolicyAsync() =>
        _default ??= With(await _configured.GetDefaultPolicyAsync())!;

    public async Task<AuthorizationPolicy?> GetFallbackPolicyAsync() =>
        _fallback ??= With(await _configured.GetFallbackPolicyAsync());

    private static AuthorizationPolicy? With(AuthorizationPolicy? policy) => policy is null
        ? null
        : new AuthorizationPolicyBuilder(policy).AddRequirements(StaffTwoFactorRequirement.Instance).Build();
}
