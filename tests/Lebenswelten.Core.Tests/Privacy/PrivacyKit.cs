using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Privacy;

/// <summary>Residents, registrations and attendance on an <see cref="OfferingTestKit"/>, through the real services.</summary>
internal static class PrivacyKit
{
    public static readonly CancellationToken None = CancellationToken.None;

    public static async Task<AppUser> ResidentAsync(this OfferingTestKit kit, string email) =>
        await kit.WithAsync(async services =>
        {
            var user = new AppUser { UserName = email, Email = email, DisplayName = "Rosa Resident" };
            var created = await services.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, "Ruhige-Linde-4711!");
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
            return user;
        });

    public static async Task<RegistrationReceipt> RegisterAsync(this OfferingTestKit kit, Guid offeringId, Registrant who)
    {
        var outcome = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>().RegisterAsync(offeringId, who, None));
        Assert.True(outcome.Succeeded, outcome.Problem?.Code);
        return outcome.Value!;
    }

    public static Registrant Account(AppUser user, string? postcode = null, int? birthYear = null) =>
        new(user.Id, user.DisplayName!, user.Email, PostalCode: postcode, BirthYear: birthYear);

    public static Registrant Guest(string email, string? phone = null, string? postcode = null, Sex? sex = null) =>
        new(null, "Gül Gast", email, phone, postcode, Sex: sex);

    public static async Task MarkPresentAsync(this OfferingTestKit kit, Offering offering, params Guid[] registrationIds)
    {
        var first = offering.Sessions.OrderBy(x => x.StartsAt).First();
        var outcome = await kit.AtAsync(first.StartsAt, () => kit.WithAsync(s => s.GetRequiredService<AttendanceBook>()
            .RecordAsync(offering.Id, first.Id, registrationIds, kit.ProviderActor, None)));
        Assert.True(outcome.Succeeded, outcome.Problem?.Code);
    }

    public static AuditActor Self(AppUser user) => new(user.Id, "127.0.0.1");
}
