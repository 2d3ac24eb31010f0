namespace Lebenswelten.Core.Privacy;

/// <summary>Who is acting, from where: filled in by the web layer per request, by jobs as "system".</summary>
public sealed record AuditActor(string? UserId, string? RemoteAddress)
{
    public static readonly AuditActor System = new(null, null);
}
