using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;

namespace Lebenswelten.Web.Features.Needs;

public static class NeedsAccess
{
    /// <summary>Staff of the site (and administrators) also see indicators marked internal.</summary>
    public static bool IsStaffAt(this ClaimsPrincipal user, string site) =>
        user.IsAdministrator() || user.RolesAt(site).Any(SiteRoles.Staff.Contains);

    public static bool IsCoordinatorAt(this ClaimsPrincipal user, string site) =>
        user.IsAdministrator() || user.RolesAt(site).Contains(SiteRole.Coordinator);

    /// <summary>
    /// "Zeile 3: Stadtteil „Atlantis“ ist unbekannt." — the position word differs for CSV lines and GeoJSON features.
    /// </summary>
    public static string Describe(this ImportError error, IStringLocalizer text, string position = "Import.Line") =>
        error.Line > 0 ? $"{text[position, error.Line]}: {text[error.Code, error.Value]}" : text[error.Code, error.Value];

    /// <summary>"< 5" where the small-number rule holds a value back, "–" where there is none.</summary>
    public static string Shown(this DistrictFigure figure, string unit) =>
        figure.HeldBack ? $"< {IndicatorValue.SmallNumberThreshold}" : figure.Value is { } v ? $"{v:0.##} {unit}".Trim() : "–";
}
