using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>The logged-in person's own video consultations (login required by the fallback policy); the mails link here.</summary>
public sealed class MineModel(PatientAppointments appointments, TimeProvider clock) : PageModel
{
    public IReadOnlyList<TelemedicineAppointment> Coming { get; private set; } = [];
    public IReadOnlyList<TelemedicineAppointment> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var all = await appointments.MineAsync(User.UserId()!, ct);
        Coming = all.Where(a => a.IsBooked && a.EndsAt > now).OrderBy(a => a.StartsAt).ToList();
        Past = all.Except(Coming).ToList();
    }
}
