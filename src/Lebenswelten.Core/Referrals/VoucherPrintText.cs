using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The printed voucher's words in one language. The web interface is German and English (resx); the voucher itself goes
/// to clients in their own language, so its few sentences are kept here per language (<see cref="VoucherPrintTexts"/>),
/// written as plain sentences a client can read without help (Leichte Sprache for "de-XL"). The same words make the
/// voucher mail (<see cref="VoucherMails"/>), with <see cref="MailHowTo"/> in place of the QR code.
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
    string MailHowTo,
    string NoAccount,
    string Note,
    IReadOnlyDictionary<OfferingCategory, string> Categories);
