using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Hosting;

/// <summary>One budget: how many requests per window one client may send; CountsReads=false counts only POST/PUT/DELETE.</summary>
public sealed record RateLimitPolicy(string Name, int PermitLimit, int WindowSeconds, bool CountsReads);

/// <summary>
/// Per-client budgets against password guessing, mass sign-ups and scraping (OWASP ASVS V2.2.1, V11.1.4).
/// The client is the connection's remote address: behind a reverse proxy the forwarded-headers setup
/// (docs/en/operations.md, "HTTPS and reverse proxy") decides which address that is — without it every
/// visitor shares the proxy's budget. Endpoints opt in by name: [EnableRateLimiting] or .RequireRateLimiting().
/// </summary>
public static class RateLimits
{
    public const string Section = "RateLimiting";
    public const string Login = "login";
    public const string Registration = "registration";
    public const string Search = "search";
    /// <summary>Voucher codes tried (issue 19): 75 random bits, and at most this many guesses per client and window.</summary>
    public const string VoucherCode = "voucher-code";
    /// <summary>Calendar feeds (issue 22): polled by apps, cached by ETag; a client asking more often is a scraper.</summary>
    public const string Feed = "feed";
    /// <summary>Survey answers (issue 24): against ballot stuffing from one client; a household behind one address still fits.</summary>
    public const string SurveyAnswer = "survey-answer";
    /// <summary>Ideas proposed and supported (issue 24): one per person is the database's rule; this stops ballot stuffing by many accounts from one client.</summary>
    public const string Ideas = "ideas";

    // A new budget is one more line here plus its name above.
    private static readonly RateLimitPolicy[] Defaults =
    [
        new(Login, PermitLimit: 10, WindowSeconds: 60, CountsReads: false),
        new(Registration, PermitLimit: 20, WindowSeconds: 60, CountsReads: false),
        new(Search, PermitLimit: 120, WindowSeconds: 60, CountsReads: true),
        new(VoucherCode, PermitLimit: 10, WindowSeconds: 60, CountsReads: false),
        new(Feed, PermitLimit: 30, WindowSeconds: 60, CountsReads: true),
        new(SurveyAnswer, PermitLimit: 10, WindowSeconds: 600, CountsReads: false),
        new(Ideas, PermitLimit: 10, WindowSeconds: 60, CountsReads: false),
    ];

    public static IServiceCollection AddLebensweltenRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        // Switched off (load benchmarks on loopback) the policies still exist, so endpoints keep their metadata.
        var enabled = section.GetValue("Enabled", true);
        var policies = Defaults.Select(d => Configured(d, section.GetSection(d.Name))).ToList();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            foreach (var policy in policies)
            {
                options.AddPolicy(policy.Name, context => Partition(context, policy, enabled));
            }
        });
    }

    /// <summary>After UseRouting (the policy is the endpoint's), before authentication (a refused request costs nothing more).</summary>
    public static IApplicationBuilder UseLebensweltenRateLimiting(this IApplicationBuilder app) => app.UseRateLimiter();

    private static RateLimitPolicy Configured(RateLimitPolicy defaults, IConfigurationSection section)
    {
        var policy = defaults with
        {
            PermitLimit = section.GetValue("PermitLimit", defaults.PermitLimit),
            WindowSeconds = section.GetValue("WindowSeconds", defaults.WindowSeconds),
        };
        if (policy.PermitLimit < 1 || policy.WindowSeconds < 1)
        {
            throw new InvalidOperationException(
                $"{Section}:{defaults.Name}: PermitLimit and WindowSeconds must be at least 1 "
                + $"(use {Section}:Enabled=false to switch limits off).");
        }
        return policy;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitPolicy policy, bool enabled)
    {
        var method = context.Request.Method;
        if (!enabled || (!policy.CountsReads && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = policy.PermitLimit,
            Window = TimeSpan.FromSeconds(policy.WindowSeconds),
            QueueLimit = 0,
        });
    }

    /// <summary>
    /// 429 with Retry-After; the API as problem+json, FHIR as an OperationOutcome, pages through the German error page (/fehler/429).
    /// </summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        // Pages get the error page; FHIR's status-code handler writes an OperationOutcome.
        if (!context.IsApiRequest() || context.IsFhirRequest())
        {
            return;
        }
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Features.Shared.SharedResource>>();
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: text["Problem.TooManyRequests"],
            type: "https://lebenswelten.example/problems/TooManyRequests",
            extensions: new Dictionary<string, object?> { ["code"] = "TooManyRequests" }).ExecuteAsync(context);
    }
}
