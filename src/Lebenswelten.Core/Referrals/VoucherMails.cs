using System.Globalization;
using Lebenswelten.Core.Messaging;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The voucher as an e-mail, in the language it is printed in (<see cref="VoucherPrintTexts"/>), with the code and the
/// redemption link. The address goes into the outbox row only, never onto the voucher: the jobcenter keeps no contact
/// details of its client here (GDPR Art. 5(1)(c)), and the row itself is deleted once sent (<see cref="ReferralPersonalData"/>).
/// </summary>
public static class VoucherMails
{
    public const string Template = "referral-voucher";

    public const string Field = "Email";

    /// <summary>The audit line of a sent voucher: who sent which voucher out (the address is not on the trail either).</summary>
    public const string AuditKind = "VoucherMail";

    /// <summary>The address to send to: required when <paramref name="required"/>, and a real address when given.</summary>
    public static void Check(FieldErrors errors, string? address, bool required)
    {
        errors.AddIf(required && string.IsNullOrWhiteSpace(address), Field, "Required");
        errors.AddIf(!string.IsNullOrWhiteSpace(address) && !ContactRules.IsEmail(address.Trim()), Field, "InvalidEmail");
    }

    public static OutboxMessage Compose(Voucher voucher, string code, string address, IVoucherLinks links, DateTimeOffset now)
    {
        var words = VoucherPrintTexts.For(voucher.PrintLanguage);
        var body = new List<string>
        {
            words.Intro,
            "",
            $"{words.Suggested}: {string.Join(", ", voucher.Categories.Select(c => words.Categories[c]))}",
        };
        if (voucher.ClientNote is { } note)
        {
            body.Add($"{words.Note}: {note}");
        }
        body.AddRange([
            $"{words.ValidUntil}: {voucher.ValidUntil.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}",
            $"{words.Code}: {code}",
            "",
            words.MailHowTo,
            links.Redeem(code),
            "",
            $"{words.NoAccount} {words.Voluntary}",
        ]);
        return new OutboxMessage
        {
            To = address.Trim(),
            Subject = words.Title,
            TextBody = string.Join("\n", body) + "\n",
            Template = Template,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}
