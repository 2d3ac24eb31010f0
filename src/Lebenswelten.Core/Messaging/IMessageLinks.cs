namespace Lebenswelten.Core.Messaging;

/// <summary>Absolute links for mails; the web app knows its public address, the domain does not.</summary>
public interface IMessageLinks
{
    string Offering(Guid offeringId);
    string MyRegistrations();
    /// <summary>The guest's personal link: see, accept an offer, cancel (not confirm: that secret goes only to the address).</summary>
    string ManageRegistration(Guid registrationId, string token);
    string ConfirmRegistration(Guid registrationId, string token);
    /// <summary>The resident's own telemedicine appointments (account holders).</summary>
    string MyAppointments();
    /// <summary>A guest's personal link to one appointment: see, cancel, rebook, open the video.</summary>
    string ManageAppointment(Guid appointmentId, string token);
    /// <summary>The link in the mail that verifies a guest's address for one booking (a page with a button).</summary>
    string VerifyAppointment(Guid appointmentId, string token);
}
