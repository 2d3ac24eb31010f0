namespace Lebenswelten.Core.Privacy;

/// <summary>
/// A capability that keeps data because a person consented (<see cref="ConsentPurposes"/>). When the person withdraws,
/// the processing stops (GDPR Art. 7(3)): <see cref="ConsentBook"/> marks the consent withdrawn and lets every registered
/// holder remove what the consent covered, in the same transaction.
/// </summary>
public interface IConsentHolder
{
    /// <summary>Removes the data the withdrawn consent covered, if it is one of this capability's; otherwise nothing.</summary>
    Task WithdrawnAsync(Consent consent, CancellationToken ct);
}
