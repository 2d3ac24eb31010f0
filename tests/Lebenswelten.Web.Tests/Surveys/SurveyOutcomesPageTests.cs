using System.Net;

namespace Lebenswelten.Web.Tests.Surveys;

/// <summary>"Ihr habt gesagt, wir haben gemacht" lists what came of the site's closed surveys beside the ideas (issue 24).</summary>
public sealed class SurveyOutcomesPageTests(AppHosts hosts)
{
    [Fact]
    public async Task The_outcome_of_a_closed_survey_is_on_the_sites_you_said_we_did_page_and_not_on_another_sites()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var anonymous = host.Client();

        var jena = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/standorte/jena/ihr-habt-gesagt"));
        var weimar = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/standorte/weimar/ihr-habt-gesagt"));

        Assert.Contains("Bewegung im Quartier: Was fehlt?", jena, StringComparison.Ordinal);
        Assert.Contains("Zwei von drei Befragten in Lobeda", jena, StringComparison.Ordinal);
        Assert.Contains("Walking-Treff am Stadtteilbüro", jena, StringComparison.Ordinal);
        Assert.DoesNotContain("Bewegung im Quartier", weimar, StringComparison.Ordinal);
    }
}
