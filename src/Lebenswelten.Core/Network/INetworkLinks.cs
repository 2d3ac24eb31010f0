namespace Lebenswelten.Core.Network;

/// <summary>Absolute links for the network's mails; the web app knows its public address, the domain does not.</summary>
public interface INetworkLinks
{
    /// <summary>The invitee's personal link to answer a meeting invitation (its token stands in for a login).</summary>
    string AnswerInvitation(Guid invitationId, string token);

    /// <summary>The open tasks of the site, for members who sign in.</summary>
    string Tasks(string siteSlug);

    /// <summary>The public page of the site's networks (open call).</summary>
    string OpenCall(string siteSlug);
}
