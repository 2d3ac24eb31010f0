using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Privacy;

/// <summary>A resident account of the test's own (never a demo account: these tests erase it), with the demo password.</summary>
public static class TestResidents
{
    public static async Task<AppUser> CreateAsync(AppHost host, string name = "Rosa Resident")
    {
        using var scope = host.Services.CreateScope();
        var email = $"resident-{Guid.NewGuid().ToString("N")[..10]}@example.org";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, AppHost.DemoPassword);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
        return user;
    }

    public static async Task<Registration> RegisterAsync(AppHost host, AppUser user, Guid offeringId, string? postcode = null)
    {
        using var scope = host.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegistrationService>()
            .RegisterAsync(offeringId, new Registrant(user.Id, user.DisplayName!, user.Email, PostalCode: postcode), default);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
        return outcome.Value!.Registration;
    }
}
