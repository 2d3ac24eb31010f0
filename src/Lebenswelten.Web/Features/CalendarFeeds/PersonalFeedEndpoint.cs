using System.Text;
using Lebenswelten.Core.CalendarFeeds;
using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Hosting;

namespace Lebenswelten.Web.Features.CalendarFeeds;

/// <summary>
/// GET /kalender/{token}.ics: a person's own calendar for their calendar app, opened by the secret in the link alone
/// (calendar apps send no cookie). A wrong, revoked or renewed-away token and a deactivated account all answer the same
/// 404, so guessing learns nothing (ASVS 5.0 V7.2.1); the feed rate limit slows guessing further. Cacheable like the
/// public feed (ETag, Last-Modified, 304) but only privately, and kept out of search engines.
/// </summary>
public static class PersonalFeedEndpoint
{
    public const string RouteName = "PersonalCalendarFeed";

    public static void MapPersonalCalendarFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/kalender/{token}.ics", FeedAsync).WithName(RouteName).AllowAnonymous().RequireRateLimiting(RateLimits.Feed)
            .ExcludeFromDescription();

    private static async Task<IResult> FeedAsync(string token, PersonalCalendarFeeds feeds, PersonalCalendar calendar,
        IStringLocalizer<CalendarFeedsResource> text, HttpContext context, CancellationToken ct)
    {
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (await feeds.OpenAsync(token, ct) is not { } userId)
        {
            return DomainProblem.NotFound("CalendarFeed.NotFound").ToProblem(text);
        }
        var file = await calendar.ForAsync(userId, ct);
        return ConditionalGet.File(context, Encoding.UTF8.GetBytes(file.Ics), $"{IcsCalendar.ContentType}; charset=utf-8",
            file.LastModified, personal: true);
    }
}
