using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Shared.BackOffice;

/// <summary>What every back-office page needs, handed to its constructor as one bundle (as eShop's API services).</summary>
public sealed class BackOfficeServices(SiteDirectory sites, SiteRoster roster, TimeProvider clock)
{
    public SiteDirectory Sites { get; } = sites;
    public SiteRoster Roster { get; } = roster;
    public TimeProvider Clock { get; } = clock;
}
