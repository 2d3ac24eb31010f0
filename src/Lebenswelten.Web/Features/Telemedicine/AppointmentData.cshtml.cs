using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// A guest's data rights for a video appointment through its personal link (GDPR Art. 15, 17, 20): download the data,
/// have it erased at once, which also frees the time. Account holders use "Meine Daten" in their account; to anyone
/// else the page does not exist.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
public sealed class AppointmentDataModel(PatientAppointments appointments, GuestAppointmentData guestData,
    IStringLocalizer<TelemedicineResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public bool ConfirmErase { get; set; }

    public TelemedicineAppointment Appointment { get; private set; } = null!;

    public GuestDataActions Actions => new(Token, text["Telemedicine.Data.EraseText"], text["Telemedicine.Data.ConfirmErase"]);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostExportAsync(Guid id, string? format, CancellationToken ct)
    {
        var outcome = await guestData.ExportAsync(id, Token, HttpContext.AuditActor(), ct);
        return outcome.Value is { } data ? PersonalDataDownload.Result(this, data, format) : NotFound();
    }

    public Task<IActionResult> OnPostEraseAsync(Guid id, CancellationToken ct) =>
        GuestErasure.EraseAsync(this, ConfirmErase, text, () => LoadAsync(id, ct),
            async () => (await guestData.EraseAsync(id, Token, HttpContext.AuditActor(), ct)).Succeeded);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await appointments.FindAsync(id, new AppointmentActor(null, Token), ct) is not { IsGuest: true } appointment)
        {
            return false;
        }
        Appointment = appointment;
        return true;
    }
}
