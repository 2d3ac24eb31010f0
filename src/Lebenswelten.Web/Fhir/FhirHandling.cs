namespace Lebenswelten.Web.Fhir;

/// <summary>
/// <c>Prefer: handling=strict|lenient</c> (FHIR R4 §3.1.1.5.3, RFC 7240). Lenient is the default: a parameter the
/// server does not know is ignored, and the Bundle's self link and an OperationOutcome entry say what was applied.
/// Strict refuses it with 400. A Prefer header that does not parse counts as no preference (lenient), never as an error.
/// </summary>
public static class FhirHandling
{
    public const string Strict = "strict";
    public const string Lenient = "lenient";

    public static bool IsStrict(HttpRequest request)
    {
        foreach (var header in request.Headers["Prefer"])
        {
            foreach (var preference in (header ?? "").Split(','))
            {
                // "handling=strict", also with parameters after ';' or quoted: RFC 7240 §2.
                var pair = preference.Split(';')[0].Split('=', 2);
                if (pair.Length == 2 && pair[0].Trim().Equals("handling", StringComparison.OrdinalIgnoreCase))
                {
                    return pair[1].Trim().Trim('"').Equals(Strict, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
        return false;
    }
}
