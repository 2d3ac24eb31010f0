using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Infrastructure;

public static partial class MailedLinks
{
    /// <summary>The first link of the given path in the newest mail to the address, as the person would click it.</summary>
    public static async Task<string> NewestAsync(AppHost host, string to, string path)
    {
        var mails = await host.Mail.WaitForAsync(m => m.To.ToString().Contains(to, StringComparison.OrdinalIgnoreCase)
            && (m.TextBody ?? "").Contains(path, StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(30));
        return Link().Matches(mails[^1].TextBody ?? "").Select(m => m.Value).First(l => l.Contains(path, StringComparison.Ordinal));
    }

    /// <summary>The same from the outbox table, for hosts that do not send (Quartz:Enabled=false).</summary>
    public static async Task<string> InOutboxAsync(AppHost host, string to, string path)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var bodies = await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().OutboxMessages
            .Where(m => m.To == to).OrderBy(m => m.CreatedAt).Select(m => m.TextBody).ToListAsync();
        return Link().Matches(bodies[^1]).Select(m => m.Value).First(l => l.Contains(path, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
