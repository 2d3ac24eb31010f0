namespace Lebenswelten.Core.Messaging;

/// <summary>Absolute links for mails; the web app knows its public address, the domain does not.</summary>
public interface IMessageLinks
{
    string Offering(Guid offeringId);
    string MyRegistrations();
    /// <summary>The guest's personal link: see, confirm, accept an offer, cancel.</summary>
    string ManageRegistration(Guid registrationId, string token);
    string ConfirmRegistration(Guid registrationId, string token);
}
