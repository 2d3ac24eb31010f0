using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>
/// The languages a survey can be written in: the platform's own (German first), read from the request localisation, so a
/// language the platform adds is offered at once and stored without a migration (texts are kept per culture name).
/// </summary>
public sealed class SurveyLanguages(IOptions<RequestLocalizationOptions> localization)
{
    public IReadOnlyList<string> All =>
        ["de", .. (localization.Value.SupportedUICultures ?? []).Select(c => c.Name).Where(n => n.Length > 0 && n != "de").Distinct()];

    public IReadOnlyList<string> Translations => All.Skip(1).ToList();

    public static string NameOf(string culture) => System.Globalization.CultureInfo.GetCultureInfo(culture).NativeName;
}
