using System.Net;
using System.Xml.Linq;
using Lebenswelten.Core.Data;
using Lebenswelten.Web.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Shared;

public sealed class LocalizationTests(AppHosts hosts)
{
    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "src/Lebenswelten.Web/Resources", file))
            .Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void English_has_every_German_string_and_no_other()
    {
        var german = Strings("SharedResource.resx");
        var english = Strings("SharedResource.en.resx");

        Assert.Equal(german.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
        Assert.All(german, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public async Task Pages_speak_German_by_default_and_English_on_request_which_is_remembered()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();

        var german = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"de\">", german);
        Assert.Contains("Gesund leben, wo Sie wohnen", german);

        var english = await client.GetStringAsync("/?culture=en");
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Healthy living where you live", english);

        var remembered = await client.GetStringAsync("/standorte");
        Assert.Contains("<html lang=\"en\">", remembered);
    }

    [Fact]
    public async Task An_unknown_language_falls_back_to_German()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();

        var page = await client.GetStringAsync("/?culture=xx");

        Assert.Contains("<html lang=\"de\">", page);
    }
}
