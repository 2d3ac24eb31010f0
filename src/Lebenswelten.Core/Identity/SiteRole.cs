namespace Lebenswelten.Core.Identity;

/// <summary>The roles a person can hold. All but <see cref="Administrator"/> are held per site.</summary>
public enum SiteRole
{
    Resident,
    Provider,
    Practice,
    Coordinator,
    InsurerOfficer,
    JobcenterCounsellor,
    Evaluator,
    Administrator,
}

public static class SiteRoles
{
    /// <summary>Roles of people who work with other people's data; the security issue adds 2FA for them.</summary>
    public static readonly IReadOnlySet<SiteRole> Staff = new HashSet<SiteRole>(
        Enum.GetValues<SiteRole>().Where(r => r != SiteRole.Resident));

    /// <summary>Short English names, used in demo e-mail addresses and claims.</summary>
    public static string ShortName(this SiteRole role) => role switch
    {
        SiteRole.InsurerOfficer => "insurer",
        SiteRole.JobcenterCounsellor => "jobcenter",
        SiteRole.Administrator => "admin",
        _ => role.ToString().ToLowerInvariant(),
    };

    public static bool TryParseShortName(string value, out SiteRole role)
    {
        foreach (var candidate in Enum.GetValues<SiteRole>())
        {
            if (candidate.ShortName() == value)
            {
                role = candidate;
                return true;
            }
        }
        role = default;
        return false;
    }
}
