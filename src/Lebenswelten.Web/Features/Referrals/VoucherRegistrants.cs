using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>Who registers with a voucher: the signed-in account with its own name and address, or a guest by what they typed.</summary>
public static class VoucherRegistrants
{
    public static Registrant Of(AppUser? account, string? name, string? email, string language) => account is not null
        ? new Registrant(account.Id, account.DisplayName ?? account.Email ?? "", account.Email, Language: language)
        : new Registrant(null, name ?? "", email?.Trim(), Language: language);
}
