using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Register, confirm, accept, cancel: the one place these rules live. Pages, the JSON API and the
/// background jobs call it. Each use case is one transaction under the offering's lock.
/// </summary>
public sealed class RegistrationService(LebensweltenDbContext db, OfferingMails mails, RegistrationTokens tokens,
    OfferingAccess access, AuditLog audit, TimeProvider clock)
{
    public static readonly TimeSpan GuestConfirmationTime = TimeSpan.FromHours(24);

    public async Task<Outcome<RegistrationReceipt>> RegisterAsync(Guid offeringId, Registrant who, CancellationToken ct) =>
        who.Validate(BerlinTime.ToLocal(clock.GetUtcNow()).Year) is { } invalid ? invalid : await AdmitAsync(offeringId, who, null, ct);

    /// <summary>
    /// Staff register someone who called (issue 25), through the same admission as everyone else: capacity, waiting list,
    /// registration window and duplicates alike. Whether the caller is the offering's staff is decided here
    /// (<see cref="OfferingAccess"/>), first: to anyone else the offering does not exist, whatever the form says. The entry is
    /// audited, its consent recorded as given on the phone by whom; a mail goes out only if the person gave an address.
    /// </summary>
    public async Task<Outcome<RegistrationReceipt>> RegisterByPhoneAsync(Guid offeringId, PhoneRegistrationDraft draft,
        AuditActor staff, CancellationToken ct)
    {
        var offering = await db.Offerings.AsNoTracking().SingleOrDefaultAsync(o => o.Id == offeringId, ct);
        if (offering is null || !await access.CanManageAsync(staff.UserId, offering, ct))
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        return draft.Validate() is { } invalid ? invalid : await AdmitAsync(offeringId, draft.ToRegistrant(), staff, ct);
    }

    /// <summary>The one admission: under the offering's lock, one transaction, whoever registers.</summary>
    private async Task<Outcome<RegistrationReceipt>> AdmitAsync(Guid offeringId, Registrant who, AuditActor? staff, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await OfferingLock.BeginAsync(db, ct);
        var offering = await OfferingLock.LockAsync(db, offeringId, ct);
        if (offering is null || offering.Status == OfferingStatus.Draft)
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        if (!offering.IsOpenForRegistrationAt(now))
        {
            return DomainProblem.Conflict("Registration.Closed");
        }
        var email = who.Email?.Trim();
        var normalizedEmail = email?.ToUpperInvariant();
        // An account holder's entries are looked up: an unconfirmed guest entry with the account's address gives way.
        // Anyone else's second entry the unique index refuses when it is saved, below.
        if (who.UserId is not null && await ClearWayAsync(offering, who.UserId, normalizedEmail, now, ct) is { } duplicate)
        {
            return duplicate;
        }
        if (staff is not null && await SameCallerAsync(offering, who, ct))
        {
            return DomainProblem.Conflict("Registration.Duplicate");
        }

        var registration = new Registration
        {
            OfferingId = offeringId,
            UserId = who.UserId,
            Name = who.Name.Trim(),
            Email = email,
            NormalizedEmail = normalizedEmail,
            Phone = TypedText.TrimmedOrNull(who.Phone),
            PostalCode = TypedText.TrimmedOrNull(who.PostalCode),
            BirthYear = who.BirthYear,
            Sex = who.Sex,
            Language = ResidentLanguage.Of(who.Language),
            CreatedAt = now,
            RegisteredByUserId = staff?.UserId,
        };
        var position = offering.Admit(registration, now);
        string? guestToken = null;
        if (staff is not null)
        {
            // Staff spoke to the person: no confirmation click, no 24-hour expiry. The personal link goes to the person's
            // own address only, never to staff (it would let them act as the person).
            if (email is not null)
            {
                tokens.Issue(registration);
                mails.RegisteredByPhone(offering, registration, position, now);
            }
            audit.Record(staff, AuditAction.Create, "Registration", registration.Id.ToString(), offering.SiteId,
                AuditSubject.Registration(null, registration.Id));
        }
        else if (registration.IsGuest)
        {
            (guestToken, var confirmation) = tokens.Issue(registration);
            registration.ConfirmationDueAt = now + GuestConfirmationTime;
            mails.ConfirmAddress(offering, registration, position, guestToken, confirmation, now);
        }
        else
        {
            mails.Registered(offering, registration, position, now);
        }
        db.Registrations.Add(registration);
        RegistrationConsents.RecordFor(db, registration, now);
        if (!await OneActiveRegistration.TrySaveAsync(db, ct))
        {
            return DomainProblem.Conflict("Registration.Duplicate");
        }
        await transaction.CommitAsync(ct);
        return new RegistrationReceipt(registration, position, guestToken);
    }

    /// <summary>
    /// The guest confirmed with the secret from the mail (double opt-in). Only that secret confirms: the personal link,
    /// which the form's sender holds too, does not.
    /// </summary>
    public Task<Outcome<Registration>> ConfirmEmailAsync(Guid registrationId, string confirmationToken, CancellationToken ct) =>
        ChangeAsync(registrationId, (_, r) => Task.FromResult(MayConfirm(r, confirmationToken)), (offering, registration, now) =>
        {
            if (!registration.IsActive)
            {
                return Task.FromResult<DomainProblem?>(DomainProblem.Conflict("Registration.NotActive"));
            }
            registration.EmailConfirmedAt ??= now;
            return Task.FromResult<DomainProblem?>(null);
        }, ct);

    public Task<Outcome<Registration>> AcceptOfferAsync(Guid registrationId, RegistrationActor actor, CancellationToken ct) =>
        ChangeAsync(registrationId, (_, r) => Task.FromResult(MayAct(actor, r)), (offering, registration, now) =>
        {
            if (registration.Status != RegistrationStatus.Offered)
            {
                return Task.FromResult<DomainProblem?>(DomainProblem.Conflict("Registration.NoOffer"));
            }
            registration.Status = RegistrationStatus.Confirmed;
            registration.ConfirmedAt = now;
            registration.OfferExpiresAt = null;
            mails.MovedUp(offering, registration, now);
            return Task.FromResult<DomainProblem?>(null);
        }, ct);

    /// <summary>The participant gives the place back, until the cancellation deadline; after it the provider decides.</summary>
    public Task<Outcome<Registration>> CancelAsync(Guid registrationId, RegistrationActor actor, CancellationToken ct) =>
        ChangeAsync(registrationId, (_, r) => Task.FromResult(MayAct(actor, r)), (offering, registration, now) =>
            IsPastCancellationDeadline(offering, registration, now)
                ? Task.FromResult<DomainProblem?>(DomainProblem.Conflict("Registration.DeadlinePassed"))
                : GiveBackAsync(offering, registration, now, ct), ct);

    /// <summary>
    /// The offering's staff take someone off its list, also after the deadline. Whether the caller is its staff is decided
    /// here (<see cref="OfferingAccess"/>), never taken from the caller; to anyone else, and for a registration of another
    /// offering, the registration does not exist. The change is audited: it is Art. 9 data of someone else.
    /// </summary>
    public Task<Outcome<Registration>> CancelByProviderAsync(Guid offeringId, Guid registrationId, AuditActor actor,
        CancellationToken ct) =>
        ChangeAsync(registrationId,
            async (offering, r) => r.OfferingId == offeringId && await access.CanManageAsync(actor.UserId, offering, ct),
            async (offering, registration, now) =>
            {
                if (await GiveBackAsync(offering, registration, now, ct) is { } problem)
                {
                    return problem;
                }
                audit.Record(actor, AuditAction.Change, "Registration", registration.Id.ToString(), offering.SiteId,
                    AuditSubject.Registration(registration.UserId, registration.Id));
                return null;
            }, ct);

    /// <summary>
    /// For erasure: gives the person's place back inside the caller's transaction and moves the waiting list up.
    /// The cancellation deadline does not apply (GDPR Art. 17 outranks it), and no mail goes to the address being erased.
    /// </summary>
    internal async Task ReleaseForErasureAsync(Registration registration, DateTimeOffset now, CancellationToken ct)
    {
        var offering = (await OfferingLock.LockAsync(db, registration.OfferingId, ct))!;
        offering.Release(registration, RegistrationStatus.Cancelled, now);
        await new WaitingList(db, mails).FillFreePlacesAsync(offering, now, ct);
    }

    /// <summary>A registration with its offering, for whoever may act on it; null for anyone else.</summary>
    public async Task<Registration?> FindForAsync(Guid registrationId, RegistrationActor actor, CancellationToken ct)
    {
        var registration = await db.Registrations.AsNoTracking()
            .Include(r => r.Offering).ThenInclude(o => o!.Organisation)
            .Include(r => r.Offering).ThenInclude(o => o!.Sessions)
            .SingleOrDefaultAsync(r => r.Id == registrationId, ct);
        return registration is not null && MayAct(actor, registration) ? registration : null;
    }

    /// <summary>A guest registration for the holder of its confirmation link (from the mail); null for anyone else.</summary>
    public async Task<Registration?> FindForConfirmationAsync(Guid registrationId, string? confirmationToken, CancellationToken ct)
    {
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Offering)
            .SingleOrDefaultAsync(r => r.Id == registrationId, ct);
        return registration is not null && MayConfirm(registration, confirmationToken) ? registration : null;
    }

    /// <summary>Waiting-list position (1-based) of a waiting registration, counted under no lock: for display.</summary>
    public async Task<int?> PositionAsync(Registration registration, CancellationToken ct) =>
        registration.Status != RegistrationStatus.Waitlisted ? null
            : await db.Registrations.CountAsync(r => r.OfferingId == registration.OfferingId
                && r.Status == RegistrationStatus.Waitlisted && r.Sequence <= registration.Sequence, ct);

    public static DateTimeOffset? CancellationDeadline(Offering offering) =>
        offering.FirstSessionStart?.AddHours(-offering.CancellationDeadlineHours);

    /// <summary>A held place can no longer be given back by the participant; waiting-list entries always can.</summary>
    public static bool IsPastCancellationDeadline(Offering offering, Registration registration, DateTimeOffset now) =>
        registration.Status == RegistrationStatus.Confirmed && CancellationDeadline(offering) < now;

    /// <summary>
    /// The one-registration-per-person rule for an account holder, under the offering's lock. An account has proved its
    /// address; a guest entry nobody confirmed has not, so it does not keep the account holder out: it gives way, and its
    /// place goes on as after a cancellation. Otherwise anyone could block a resident by typing their address first
    /// (issue 15).
    /// </summary>
    private async Task<DomainProblem?> ClearWayAsync(Offering offering, string userId, string? normalizedEmail,
        DateTimeOffset now, CancellationToken ct)
    {
        var same = await db.Registrations.Active().Where(r => r.OfferingId == offering.Id
            && (r.UserId == userId || (normalizedEmail != null && r.NormalizedEmail == normalizedEmail)))
                .ToListAsync(ct);
        var unproven = same.Where(r => r.IsGuest && r.EmailConfirmedAt is null && r.RegisteredByUserId is null).ToList();
        if (same.Count > unproven.Count)
        {
            return DomainProblem.Conflict("Registration.Duplicate");
        }
        if (unproven.Count > 0)
        {
            unproven.ForEach(r => offering.Release(r, RegistrationStatus.Expired, now));
            // Saved first, so that the waiting list below does not read the released entries as still waiting.
            await db.SaveChangesAsync(ct);
            await new WaitingList(db, mails).FillFreePlacesAsync(offering, now, ct);
        }
        return null;
    }

    /// <summary>
    /// Someone without an e-mail address is known by name and phone number: the same caller twice (or a relative who
    /// calls again for them) is a duplicate; two people sharing a landline are not.
    /// </summary>
    private async Task<bool> SameCallerAsync(Offering offering, Registrant who, CancellationToken ct)
    {
        var digits = PhoneRegistrationDraft.Digits(who.Phone ?? "");
        var name = who.Name.Trim();
        var active = await db.Registrations.Active().Where(r => r.OfferingId == offering.Id && r.Phone != null)
            .Select(r => new { r.Name, r.Phone }).ToListAsync(ct);
        return active.Any(r => PhoneRegistrationDraft.Digits(r.Phone!) == digits
            && string.Equals(r.Name.Trim(), name, StringComparison.CurrentCultureIgnoreCase));
    }

    /// <summary>A cancellation: the place or waiting-list entry goes back, the waiting list moves up, the person gets a mail.</summary>
    private async Task<DomainProblem?> GiveBackAsync(Offering offering, Registration registration, DateTimeOffset now,
        CancellationToken ct)
    {
        if (!registration.IsActive)
        {
            return DomainProblem.Conflict("Registration.NotActive");
        }
        offering.Release(registration, RegistrationStatus.Cancelled, now);
        mails.Cancelled(offering, registration, now);
        await new WaitingList(db, mails).FillFreePlacesAsync(offering, now, ct);
        return null;
    }

    private async Task<Outcome<Registration>> ChangeAsync(Guid registrationId, Func<Offering, Registration, Task<bool>> mayAct,
        Func<Offering, Registration, DateTimeOffset, Task<DomainProblem?>> change, CancellationToken ct)
    {
        var offeringId = await db.Registrations.Where(r => r.Id == registrationId).Select(r => (Guid?)r.OfferingId)
            .SingleOrDefaultAsync(ct);
        if (offeringId is null)
        {
            return DomainProblem.NotFound("Registration.NotFound");
        }
        await using var transaction = await OfferingLock.BeginAsync(db, ct);
        var offering = (await OfferingLock.LockAsync(db, offeringId.Value, ct))!;
        var registration = await db.Registrations.SingleAsync(r => r.Id == registrationId, ct);
        if (!await mayAct(offering, registration))
        {
            // Not "forbidden": to a stranger, someone else's registration does not exist.
            return DomainProblem.NotFound("Registration.NotFound");
        }
        var now = clock.GetUtcNow();
        if (await change(offering, registration, now) is { } problem)
        {
            return problem;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return registration;
    }

    private bool MayAct(RegistrationActor actor, Registration registration) =>
        (actor.UserId is not null && actor.UserId == registration.UserId)
        || (registration.IsGuest && tokens.Verify(registration, actor.Token));

    private bool MayConfirm(Registration registration, string? confirmationToken) =>
        registration.IsGuest && tokens.VerifyConfirmation(registration, confirmationToken);
}
