using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// The printed voucher's words in one language. The web interface is German and English (resx); the voucher itself goes
/// to clients in their own language, so its few sentences are kept here per language (<see cref="VoucherPrintTexts"/>),
/// written as plain sentences a client can read without help (Leichte Sprache for "de-x-ls").
/// </summary>
public sealed record VoucherPrintText(
    string LanguageName,
    string Title,
    string Intro,
    string Voluntary,
    string Suggested,
    string ValidUntil,
    string Code,
    string HowTo,
    string NoAccount,
    string Note,
    IReadOnlyDictionary<OfferingCategory, string> Categories);
