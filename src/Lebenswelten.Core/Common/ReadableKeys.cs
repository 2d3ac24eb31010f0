using System.Text;

namespace Lebenswelten.Core.Common;

/// <summary>Keys people can read in addresses and files, made from names (districts, indicators).</summary>
public static class ReadableKeys
{
    /// <summary>A readable, stable key from a name ("Oberweimar/Ehringsdorf" → "oberweimar-ehringsdorf").</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            });
        }
        var key = builder.ToString();
        while (key.Contains("--", StringComparison.Ordinal))
        {
            key = key.Replace("--", "-", StringComparison.Ordinal);
        }
        return key.Trim('-');
    }
}
