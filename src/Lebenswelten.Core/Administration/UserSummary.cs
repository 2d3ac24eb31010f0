using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

/// <param name="SingleSignOn">The display names of the identity providers the account logs in with.</param>
public sealed record UserSummary(string Id, string Email, string? DisplayName, AccountStatus Status, bool TwoFactorEnabled,
    IReadOnlyList<RoleHeld> Roles, IReadOnlyList<string> SingleSignOn);
