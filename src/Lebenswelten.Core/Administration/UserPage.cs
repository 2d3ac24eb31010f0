namespace Lebenswelten.Core.Administration;

public sealed record UserPage(IReadOnlyList<UserSummary> Users, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + UserQuery.PageSize - 1) / UserQuery.PageSize);
}
