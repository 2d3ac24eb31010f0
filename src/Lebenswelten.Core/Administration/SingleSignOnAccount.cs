namespace Lebenswelten.Core.Administration;

/// <summary>The account a single sign-on login ended in: found, linked or created, and how many synced roles changed.</summary>
public sealed record SingleSignOnAccount(string UserId, bool Created, bool Linked, int RolesChanged,
    IReadOnlyList<string> UnknownOrganisations);
