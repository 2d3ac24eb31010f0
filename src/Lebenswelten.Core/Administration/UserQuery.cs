using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

public sealed record UserQuery(string? Search = null, Guid? SiteId = null, SiteRole? Role = null, int Page = 1)
{
    public const int PageSize = 25;
    public const int MaxSearchLength = 200;
}
