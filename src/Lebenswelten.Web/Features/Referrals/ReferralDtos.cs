using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Referrals;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// What the counsellor sends: suggested categories (camelCase names), a note for the client, months, print language, and
/// optionally the client's e-mail address, to which the voucher is sent (the address is not stored with the voucher).
/// </summary>
public sealed record IssueVoucherRequest(List<string>? Categories, string? ClientNote, int? ValidMonths, string? Language,
    string? Email = null);

/// <summary>The client's e-mail address for sending an issued voucher (during the conversation, before redemption).</summary>
public sealed record SendVoucherRequest(string? Email);

/// <summary>The new voucher with its code: the only answer that ever carries the code.</summary>
public sealed record IssuedVoucherDto(Guid Id, DateTimeOffset IssuedAt, DateOnly ValidUntil, string Code, string Language, string PrintUrl);

/// <summary>All the jobcenter sees of a voucher (<see cref="JobcenterView"/>): issued, valid until, "redeemedYes" or "noInformation".</summary>
public sealed record JobcenterVoucherDto(Guid Id, DateTimeOffset IssuedAt, DateOnly ValidUntil, JobcenterStatus Redeemed)
{
    public static JobcenterVoucherDto From(JobcenterView view) => new(view.Id, view.IssuedAt, view.ValidUntil, view.Status);
}

/// <summary>The client's redemption: the code, and separately whether the jobcenter may learn "redeemed: yes" (default no).</summary>
public sealed record RedeemVoucherRequest(string? Code, bool TellJobcenter = false, string? Language = null);

public sealed record RedeemedVoucherDto(Guid Id, string Token, string ClientUrl, ClientVoucherDto Voucher);

/// <summary>The voucher as its holder sees it, with exactly what the jobcenter sees.</summary>
public sealed record ClientVoucherDto(Guid Id, DateOnly ValidUntil, bool IsValid, IReadOnlyList<OfferingCategory> Categories,
    string? ClientNote, int RegistrationsLeft, IReadOnlyList<ClientRegistrationDto> Registrations,
    IReadOnlyList<ReferralConsentDto> Consents, JobcenterVoucherDto JobcenterSees)
{
    public static ClientVoucherDto From(HolderView view) => new(view.Voucher.Id, view.Voucher.ValidUntil, view.IsValidToday,
        view.Voucher.Categories, view.Voucher.ClientNote, view.RegistrationsLeft,
        view.Registrations.Select(r => new ClientRegistrationDto(r.RegistrationId, r.OfferingId, r.OfferingTitle, r.Category, r.Status))
            .ToList(),
        view.Consents.Select(ReferralConsentDto.From).ToList(), JobcenterVoucherDto.From(view.Jobcenter));
}

public sealed record ClientRegistrationDto(Guid RegistrationId, Guid OfferingId, string OfferingTitle, OfferingCategory Category,
    RegistrationStatus Status);

/// <summary>A consent record: web or paper (with the day the paper was signed), and when and how it was withdrawn.</summary>
public sealed record ReferralConsentDto(Guid Id, string Purpose, string TextVersion, ConsentChannel Channel, DateTimeOffset GivenAt,
    DateTimeOffset? WithdrawnAt, DateOnly? SignedOn = null, ConsentChannel? WithdrawalChannel = null)
{
    public static ReferralConsentDto From(ReferralConsent c) =>
        new(c.Id, c.Purpose, c.TextVersion, c.Channel, c.GivenAt, c.WithdrawnAt, c.SignedOn, c.WithdrawalChannel);
}

/// <summary>A registration with the voucher: the offering, and the guest's name and e-mail (or the bearer's account).</summary>
public sealed record VoucherRegistrationRequest(Guid? OfferingId, string? Name, string? Email, string? Language);

public sealed record VoucherRegistrationDto(Guid RegistrationId, RegistrationStatus Status, int? WaitingListPosition, string? ManageUrl);

/// <summary>One figure; held back (null, heldBack true, shown "&lt; 5") under five cases, as the needs API does.</summary>
public sealed record CellDto(int? Value, bool HeldBack, string Shown)
{
    public static CellDto From(Cell cell) => new(cell.Value, cell.HeldBack, cell.Shown());
}

public sealed record MonthFiguresDto(int Year, int Month, CellDto Issued, CellDto Redeemed,
    IReadOnlyDictionary<string, CellDto> RegistrationsByCategory, CellDto Attendances)
{
    public static MonthFiguresDto From(MonthFigures m) => new(m.Year, m.Month, CellDto.From(m.Issued), CellDto.From(m.Redeemed),
        m.RegistrationsByCategory.ToDictionary(c => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(c.Key.ToString()),
            c => CellDto.From(c.Value)), CellDto.From(m.Attendances));
}
