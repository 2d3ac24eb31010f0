using System.Net;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// Every address needs a login unless it is on this list on purpose. A new public endpoint fails here until it
/// is added below; a new protected one is refused to anonymous callers automatically and checked here.
/// </summary>
public sealed class DenyByDefaultTests(AppHosts hosts)
{
    private static readonly string[] PublicOnPurpose =
    [
        "GET /", "GET /api/sites", "GET /api/sites/{site}", "GET /api/sites/{site}/organisations",
        "GET /fehler/{code:int}", "GET /health/live", "GET /health/ready", "GET /health/ping",
        "GET /konto/abmelden", "GET /konto/anmelden", "GET /konto/zugriff-verweigert", "GET /openapi",
        // The second login step: only works within five minutes of the right password (Identity's two-factor cookie):
        "GET /konto/anmelden/code",
        "GET /openapi/{documentName}.json", "GET /standort-wechseln", "GET /standorte", "GET /standorte/{site}",
        // Identity's login and token refresh for people not yet logged in (its open register and mail endpoints are closed):
        "POST /api/account/login", "POST /api/account/refresh",
        // Residents sign up themselves and confirm their address by the mailed link; invitees accept by theirs,
        // whose token stands in for a login (unknown, used or expired: a German explanation, 404 or 410):
        "GET /konto/registrieren", "GET /konto/email-bestaetigen", "GET /einladung/{token}",
        // A forgotten password: the request form (same answer for every address), and the mailed link, whose token
        // stands in for a login (unknown, used or expired: 404):
        "GET /konto/passwort-vergessen", "GET /konto/passwort-neu",
        // The public catalogue of offerings (published ones only; drafts answer 404) and its calendar files:
        "GET /angebote", "GET /angebote/{id:guid}", "GET /angebote/{id:guid}/kalender.ics",
        "GET /api/offerings", "GET /api/offerings/{id:guid}",
        // Registration without an account (guests), and a guest's personal link, which stands in for a login;
        // to callers without the account or the link, a registration answers 404:
        "GET /angebote/{id:guid}/anmelden", "GET /anmeldungen/{id:guid}", "GET /anmeldungen/{id:guid}/bestaetigen",
        "POST /api/offerings/{id:guid}/registrations", "GET /api/registrations/{id:guid}",
        "DELETE /api/registrations/{id:guid}", "POST /api/registrations/{id:guid}/accept",
        // Districts (boundaries, residents, need index) and indicators: aggregated, non-personal figures like the sites
        // themselves; values from fewer than five cases are never published, internal indicators answer 404:
        "GET /api/sites/{site}/districts", "GET /api/sites/{site}/indicators", "GET /api/sites/{site}/indicators/{indicator:guid}/values",
        "GET /standorte/{site}/karte", "GET /standorte/{site}/stadtteile/{key}",
        // Help for the needs imports: text only, the same for everyone:
        "GET /hilfe/bedarfsdaten-import",
        // The accessibility statement, which the BITV requires to be public (§ 12b BGG):
        "GET /barrierefreiheit",
        // A participant's certificate, for the account that registered or a guest's personal link; 404 to anyone else:
        "GET /anmeldungen/{registrationId:guid}/bescheinigung",
        // A guest's data rights (export, consents, erasure) through the personal link; 404 without it.
        // After an erasure the person has no login any more, so the confirmation page is public:
        "GET /anmeldungen/{id:guid}/daten", "GET /konto/geloescht",
        // Single sign-on for people not yet logged in: the providers by site (POST starts the login, antiforgery and the
        // login budget), the return from the provider (works only with the short external cookie its validated answer set)
        // and the German page that says why it failed. The callbacks /signin-oidc/{name} and /signout-callback-oidc/{name}
        // belong to the authentication handler, not to routing: SingleSignOnRefusalTests feed them forged answers.
        "GET /konto/anmelden/dienstkonto", "GET /konto/anmelden/dienstkonto/zurueck", "GET /konto/anmelden/dienstkonto/fehler",
        // FHIR's CapabilityStatement: a client must learn what the server does and how to authenticate before it can
        // (FHIR R4 §3.1.0.13); it names no record. Everything else under /fhir needs practice credentials:
        "GET /fhir/metadata",
        // Networks and partnerships: the public summary of signed partnerships names organisations only; the open call's
        // form lets an organisation ask to join (its contact consents); a meeting invitation's mailed link stands in for a
        // login (without its secret: 404):
        "GET /standorte/{site}/netzwerk", "GET /api/sites/{site}/partnerships", "GET /standorte/{site}/netzwerk/mitmachen/{network:guid}",
        "POST /api/networks/{id:guid}/applications", "GET /netzwerk/einladungen/{invitation:guid}",
        // The telemedicine room: rooms, consultation hours and free slots hold no personal data (like the catalogue);
        // residents book without an account; an appointment's personal link stands in for a login, and without the
        // account or the link an appointment answers 404 (page, calendar file, rebooking and API alike):
        "GET /standorte/{site}/telemedizin", "GET /standorte/{site}/telemedizin/buchen", "GET /standorte/{site}/telemedizin/buchen/{slot}",
        "GET /api/sites/{site}/telemedicine/rooms", "GET /api/sites/{site}/telemedicine/schedules", "GET /api/sites/{site}/telemedicine/slots",
        "GET /telemedizin/termine/{id:guid}", "GET /telemedizin/termine/{id:guid}/umbuchen", "GET /telemedizin/termine/{id:guid}/kalender.ics",
        "GET /telemedizin/termine/{id:guid}/daten",
        "POST /api/telemedicine/appointments", "GET /api/telemedicine/appointments/{id:guid}", "DELETE /api/telemedicine/appointments/{id:guid}",
        // A guest verifies the address of a booking: the mailed link (its own secret) or the mailed code with the
        // personal link; 404 without them:
        "GET /telemedizin/termine/{id:guid}/bestaetigen", "POST /api/telemedicine/appointments/{id:guid}/verify",
        // Jobcenter vouchers (issue 19): clients redeem without an account (the code is 75 random bits, tries count against
        // the voucher-code budget); the voucher's personal link then stands in for a login, and without it 404:
        "GET /gutschein", "POST /api/referrals/redeem", "GET /gutschein/{voucher:guid}", "GET /gutschein/{voucher:guid}/anmelden/{offering:guid}",
        "GET /api/referrals/{id:guid}/client", "POST /api/referrals/{id:guid}/registrations", "POST /api/referrals/{id:guid}/consent",
        "POST /api/referrals/{id:guid}/consent/withdraw",
        // Published projects for residents and the press (title, summary, partners, offerings; no internal field, no name),
        // and the site's health goals, which the district pages show anyway; unpublished projects answer 404:
        "GET /standorte/{site}/projekte", "GET /standorte/{site}/projekte/{project:guid}", "GET /api/sites/{site}/health-goals",
        // Open data (issue 22): the public catalogue for other systems — HSDS, the calendar subscription, the CSV — and what
        // search engines read; only published offerings' public fields, drafts and other sites' offerings answer 404:
        "GET /api/sites/{site}/hsds", "GET /api/sites/{site}/hsds/services", "GET /api/sites/{site}/hsds/services/{id:guid}",
        "GET /api/sites/{site}/hsds/organizations", "GET /api/sites/{site}/hsds/organizations/{id:guid}",
        "GET /api/sites/{site}/hsds/locations", "GET /api/sites/{site}/hsds/service_at_locations",
        "GET /api/sites/{site}/hsds/taxonomies", "GET /api/sites/{site}/hsds/taxonomy_terms",
        "GET /api/sites/{site}/calendar.ics", "GET /api/sites/{site}/catalogue.csv", "GET /robots.txt", "GET /sitemap.xml",
        // A person's own calendar feed (issue 22): calendar apps send no cookie, the 192-bit secret in the link stands in
        // for the login; a wrong, revoked or deactivated account's token answers 404:
        "GET /kalender/{token}.ics",
        // Ideas (issue 24): published ideas and "you said, we did" with counts only, never who proposed or supported; waiting
        // and rejected ideas answer 404:
        "GET /standorte/{site}/ideen", "GET /standorte/{site}/ideen/{idea:guid}", "GET /standorte/{site}/ihr-habt-gesagt",
        "GET /api/sites/{site}/ideas", "GET /api/sites/{site}/idea-outcomes", "GET /api/ideas/{id:guid}",
        // Surveys (issue 24): residents answer without an account, anonymously (no IP, no device stored; the survey-answer
        // budget against ballot stuffing); only published surveys' questions, drafts and other states answer 404 or a notice:
        "GET /standorte/{site}/umfragen", "GET /umfragen/{code}", "GET /umfragen/{code}/danke",
        "GET /api/surveys/{id:guid}/questionnaire", "POST /api/surveys/{id:guid}/responses",
    ];

    [Fact]
    public async Task Only_the_listed_addresses_are_public()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);

        var actual = EndpointCatalogue.Of(host.Services).Where(e => e.IsAnonymous).Select(e => e.ToString()).ToHashSet();

        // Named one by one, so a failure says which address is public by accident or listed but gone.
        Assert.Equal([], actual.Except(PublicOnPurpose).Order(StringComparer.Ordinal));
        Assert.Equal([], PublicOnPurpose.Except(actual).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_other_address_refuses_anonymous_callers()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();

        foreach (var endpoint in EndpointCatalogue.Of(host.Services).Where(e => !e.IsAnonymous))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url("jena"));
            if (endpoint.Method != "GET")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }
            var response = await client.SendAsync(request);

            if (endpoint.IsApi)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{endpoint}: {response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location!.OriginalString.Contains("/konto/anmelden", StringComparison.Ordinal),
                    $"{endpoint}: {response.StatusCode} {response.Headers.Location}");
            }
        }
    }
}
