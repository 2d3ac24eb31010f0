using Lebenswelten.Core.Network;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Network.Public;

/// <summary>
/// The invitee's answer through the mailed link: its secret stands in for a login (no account needed); without the
/// right secret the invitation does not exist.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
public sealed class InvitationModel(MeetingInvitations invitations, IStringLocalizer<NetworkResource> text) : PageModel
{
    public OpenInvitation Open { get; private set; } = null!;
    public string? Answered { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid invitation, CancellationToken ct)
    {
        if ((await invitations.FindAsync(invitation, Token, ct)).Value is not { } open)
        {
            return NotFound();
        }
        Open = open;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid invitation, bool accept, CancellationToken ct)
    {
        if ((await invitations.AnswerAsync(invitation, Token, accept, ct)).Value is not { } open)
        {
            return NotFound();
        }
        Open = open;
        Answered = text[accept ? "MeetingInvitation.Accepted" : "MeetingInvitation.Declined"];
        return Page();
    }
}
