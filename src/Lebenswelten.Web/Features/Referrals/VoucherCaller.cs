using System.Reflection;
using Lebenswelten.Web.Features.Shared;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// The holder of a voucher's personal link in the API: the secret comes in the X-Voucher-Token header, which keeps it out
/// of addresses and so out of logs and proxies (ASVS V8.3.1).
/// </summary>
public sealed record VoucherCaller(string? UserId, string? Token)
{
    public const string TokenHeader = "X-Voucher-Token";

    public static ValueTask<VoucherCaller?> BindAsync(HttpContext context, ParameterInfo _)
    {
        // Only the voucher's own header: registration and appointment endpoints never read it, nor this one theirs.
        return ValueTask.FromResult<VoucherCaller?>(new VoucherCaller(context.User.UserId(), PersonalLinkHeader.Read(context, TokenHeader)));
    }
}
