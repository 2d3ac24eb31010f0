namespace Lebenswelten.Core.Network;

/// <summary>
/// The Institutionskennzeichen (IK, §293 SGB V) that identifies a statutory insurer: nine digits, the last a check
/// digit over digits three to eight (weights 2,1,2,1,2,1, digit sums added, modulo 10), as the
/// Arbeitsgemeinschaft Institutionskennzeichen (ARGE·IK) assigns them. AOK PLUS: 107299005.
/// </summary>
public static class InstitutionCode
{
    public static bool IsValid(string? ik)
    {
        if (ik is not { Length: 9 } || !ik.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var i = 2; i < 8; i++)
        {
            var product = (ik[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return sum % 10 == ik[8] - '0';
    }
}
