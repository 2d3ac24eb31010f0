using Lebenswelten.Core.Data;
using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>The logged-in person's own registrations (login required by the fallback policy).</summary>
public sealed class MineModel(LebensweltenDbContext db, RegistrationService registrations) : PageModel
{
    public IReadOnlyList<MyRegistration> Registrations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Registrations = await MyRegistrations.ListAsync(db, registrations, User.UserId()!, ct);
}
