namespace Lebenswelten.Core.Offerings;

/// <summary>Where a registration stands: holding a place, waiting, offered a freed place, or over.</summary>
public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    /// <summary>A freed place is held for this person until <see cref="Registration.OfferExpiresAt"/>.</summary>
    Offered,
    Cancelled,
    /// <summary>A guest who never confirmed the e-mail link, or an offer not accepted in time.</summary>
    Expired,
}
