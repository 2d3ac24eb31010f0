using Lebenswelten.Core.Network;

namespace Lebenswelten.Web.Features.Network;

/// <summary>The absolute links the network's mails carry, from the app's one public address.</summary>
public sealed class NetworkLinks(PublicAddress address) : INetworkLinks
{
    public string AnswerInvitation(Guid invitationId, string token) =>
        address.Link($"/netzwerk/einladungen/{invitationId}?token={Uri.EscapeDataString(token)}");

    public string Tasks(string siteSlug) => address.Link($"/verwaltung/{Uri.EscapeDataString(siteSlug)}/netzwerk/aufgaben");

    public string OpenCall(string siteSlug) => address.Link($"/standorte/{Uri.EscapeDataString(siteSlug)}/netzwerk");
}
