using Lebenswelten.Core.Offerings;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Offerings;

/// <summary>Each test's own offering at Jena (through the catalogue tests' helper), and guests registered beside the web.</summary>
public static class TestOfferings
{
    public static Task<Offering> CreateAsync(AppHost host, int capacity = 10, int daysAhead = 14,
        int cancellationDeadlineHours = 24, WaitingListMode waitingListMode = WaitingListMode.ConfirmNext)
    {
        var day = BerlinTime.LocalDate(DateTimeOffset.UtcNow).AddDays(daysAhead);
        return CatalogueOfferings.CreateAsync(host, $"Probetraining {Guid.NewGuid().ToString("N")[..8]}", draft => draft with
        {
            Kind = OfferingKind.TrialCourse,
            Capacity = capacity,
            Sessions = [new(day, new TimeOnly(17, 0), new TimeOnly(18, 30)),
                new(day.AddDays(7), new TimeOnly(17, 0), new TimeOnly(18, 30))],
            CancellationDeadlineHours = cancellationDeadlineHours,
            WaitingListMode = waitingListMode,
        });
    }

    /// <summary>A guest registered straight through the service, as if through another channel.</summary>
    public static async Task<RegistrationReceipt> RegisterGuestAsync(AppHost host, Guid offeringId, string email,
        string name = "Gast Person")
    {
        using var scope = host.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegistrationService>()
            .RegisterAsync(offeringId, new Registrant(null, name, email), default);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
        return outcome.Value!;
    }

    /// <summary>An account's registration, straight through the service.</summary>
    public static async Task<Registration> RegisterAsync(AppHost host, TestAccount account, Guid offeringId, string? postcode = null)
    {
        using var scope = host.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegistrationService>()
            .RegisterAsync(offeringId, new Registrant(account.Id, account.DisplayName, account.Email, PostalCode: postcode), default);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
        return outcome.Value!.Registration;
    }

    /// <summary>
    /// Lets time pass for an offering: its first <paramref name="count"/> sessions (all, if null) are moved into the past,
    /// a day apart and the last one begun an hour ago, as if the course had run (written directly, as the demo data is:
    /// the editor refuses sessions in the past). Attendance can then be recorded for them.
    /// </summary>
    public static async Task<List<OfferingSession>> StartSessionsAsync(AppHost host, Guid offeringId, int? count = null)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.LebensweltenDbContext>();
        var offering = await db.Offerings.Include(o => o.Sessions).SingleAsync(o => o.Id == offeringId);
        var sessions = offering.Sessions.OrderBy(s => s.StartsAt).ToList();
        var begun = sessions.Take(count ?? sessions.Count).ToList();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < begun.Count; i++)
        {
            begun[i].StartsAt = now.AddHours(-1).AddDays(i - (begun.Count - 1));
            begun[i].EndsAt = begun[i].StartsAt.AddHours(1).AddMinutes(30);
        }
        offering.FirstSessionStart = sessions.Min(s => s.StartsAt);
        offering.LastSessionEnd = sessions.Max(s => s.EndsAt);
        await db.SaveChangesAsync();
        return sessions.OrderBy(s => s.StartsAt).ToList();
    }

    public static string GuestEmail() => $"gast-{Guid.NewGuid().ToString("N")[..10]}@example.org";

    public static async Task<Registration?> FindAsync(AppHost host, Guid registrationId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.LebensweltenDbContext>();
        return await db.Registrations.FindAsync(registrationId);
    }
}
