using System.Net.Mail;

namespace Lebenswelten.Core.Common;

/// <summary>What counts as an e-mail address and a German postcode wherever a person or a place gives one.</summary>
public static class ContactRules
{
    public static bool IsPostalCode(string value) => value.Length == 5 && value.All(char.IsAsciiDigit);

    public static bool IsEmail(string value) =>
        value.Length <= 256 && MailAddress.TryCreate(value, out var address) && address.Address == value.Trim()
        && address.Host.Contains('.');
}
