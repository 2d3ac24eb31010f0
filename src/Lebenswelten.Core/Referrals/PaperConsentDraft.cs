namespace Lebenswelten.Core.Referrals;

/// <summary>
/// A signed paper form, consent or withdrawal, as staff type it in: the day the client signed, and the confirmation that
/// the signed paper is at hand (filed with the jobcenter or the coordination). Without both there is nothing to record:
/// §67b SGB X asks for a prior, specific consent, and the paper is its proof.
/// </summary>
public sealed record PaperConsentDraft(DateOnly? SignedOn, bool PaperAtHand)
{
    public DomainProblem? Validate(DateOnly today, DateOnly issuedOn, DateOnly? lastWithdrawnOn)
    {
        var errors = new FieldErrors();
        errors.AddIf(SignedOn is null, nameof(SignedOn), "Required");
        errors.AddIf(SignedOn > today, nameof(SignedOn), "InFuture");
        errors.AddIf(SignedOn < issuedOn, nameof(SignedOn), "BeforeIssue");
        // An old paper must not undo a later withdrawal (GDPR Art. 7(3)): the newer declaration counts, and a paper of the
        // withdrawal's own day cannot show it is the newer one.
        errors.AddIf(SignedOn <= lastWithdrawnOn, nameof(SignedOn), "BeforeWithdrawal");
        errors.AddIf(!PaperAtHand, nameof(PaperAtHand), "PaperMissing");
        return errors.Any ? errors.ToProblem() : null;
    }
}
