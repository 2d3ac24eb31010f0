using System.Globalization;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

/// <summary>Issue 23: a guest is written to in the language they registered in, every mail after the first one too.</summary>
public sealed class GuestMailLanguageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, BothProviders]
    public async Task A_guest_who_registered_in_Arabic_moves_up_and_is_reminded_in_Arabic_with_an_Arabic_date(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        await using var sink = await SmtpSink.StartAsync();
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1, sessions: 2));
        var holder = await RegisterAsync(kit, offering.Id, "Anna", "anna@example.org", "de");
        await RegisterAsync(kit, offering.Id, "Samira", "samira@example.org", "ar");

        Assert.True((await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelAsync(holder.Registration.Id, new RegistrationActor(null, holder.GuestToken), None))).Succeeded);
        kit.Clock.Advance(offering.FirstSessionStart!.Value - kit.Clock.GetUtcNow() - TimeSpan.FromHours(20));
        Assert.Equal(1, await kit.WithAsync(s => s.GetRequiredService<SessionReminders>().SendDueAsync(None)));
        await using (var messaging = CoreServices.WithMessaging(kit.Database, kit.Clock, smtp => (smtp.Host, smtp.Port) = (sink.Host, sink.Port)))
        await using (var scope = messaging.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        }

        var mails = await sink.WaitForAsync(m => m.To.ToString().Contains("samira@example.org", StringComparison.Ordinal), count: 3);
        var start = BerlinTime.ToLocal(offering.FirstSessionStart.Value);
        var month = start.ToString("MMMM", CultureInfo.GetCultureInfo("ar"));
        var weekday = start.ToString("dddd", CultureInfo.GetCultureInfo("ar"));
        var movedUp = Assert.Single(mails, m => m.Subject!.StartsWith("حصلت على مكان", StringComparison.Ordinal));
        Assert.Contains("\u2068Rückenfit im Quartier\u2069", movedUp.Subject, StringComparison.Ordinal);
        Assert.StartsWith("مرحبًا \u2068Samira\u2069،", movedUp.TextBody, StringComparison.Ordinal);
        Assert.Contains("انتقلت من قائمة الانتظار", movedUp.TextBody, StringComparison.Ordinal);
        Assert.Contains(month, movedUp.TextBody, StringComparison.Ordinal);
        var reminder = Assert.Single(mails, m => m.Subject!.StartsWith("تذكير:", StringComparison.Ordinal));
        Assert.Contains($"\u2068{DateTimeText.Long(offering.FirstSessionStart.Value, "ar")}\u2069", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains(weekday, reminder.Subject, StringComparison.Ordinal);
        Assert.Contains(month, reminder.TextBody, StringComparison.Ordinal);
        // Nothing German slipped in: not the words of the mail, not the month, not "Uhr".
        var germanMonth = start.ToString("MMMM", CultureInfo.GetCultureInfo("de-DE"));
        Assert.All(mails, m => Assert.DoesNotContain(germanMonth, m.TextBody, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.DoesNotContain("Uhr", m.TextBody, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.DoesNotContain("Viele Grüße", m.TextBody, StringComparison.Ordinal));
        var anna = await sink.WaitForAsync(m => m.To.ToString().Contains("anna@example.org", StringComparison.Ordinal), count: 2);
        Assert.Contains(anna, m => m.Subject == "Abgesagt: Rückenfit im Quartier");
    }

    private static async Task<RegistrationReceipt> RegisterAsync(OfferingTestKit kit, Guid offeringId, string name, string email,
        string language)
    {
        var outcome = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .RegisterAsync(offeringId, new Registrant(null, name, email, Language: language), None));
        Assert.Equal(language, outcome.Value!.Registration.Language);
        return outcome.Value;
    }
}
