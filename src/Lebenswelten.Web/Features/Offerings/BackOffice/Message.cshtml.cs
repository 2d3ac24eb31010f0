using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>A message from the provider to everyone holding a place, or to the waiting list, by mail (ParticipantMessages).</summary>
public sealed class MessageModel(OfferingAdminServices services, ParticipantMessages messages, IStringLocalizer<OfferingsResource> text)
    : OfferingAdminPage(services, text)
{
    [BindProperty]
    public MessageAudience Audience { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty(Name = "Text")]
    public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct) =>
        await LoadAsync(site, id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        var outcome = await messages.SendAsync(id, new ParticipantMessageDraft(Audience, Subject, Body), HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            Show(problem, "");
            return Page();
        }
        var (sent, withoutEmail) = outcome.Value!;
        Saved(withoutEmail.Count == 0 ? Text["OfferingAdmin.Message.Sent", sent]
            : Text["OfferingAdmin.Message.SentCall", sent, string.Join(", ", withoutEmail)]);
        return RedirectToPage("Participants", new { site, id });
    }
}
