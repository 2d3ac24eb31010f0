using System.Globalization;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared;

namespace Lebenswelten.Web.Features.OpenData.Hsds;

/// <summary>
/// An offering as HSDS sees it: a <c>service</c> of its provider (<c>organization</c>), held at its venue (a <c>location</c>,
/// joined by one <c>service_at_location</c>). Only what the public offering page shows goes out (GDPR Art. 5(1)(c)):
/// never places taken, registrations or anyone's name but the site's public contact.
/// </summary>
public sealed class HsdsMapping(Site site, IStringLocalizer text, PublicAddress address, DateTimeOffset now)
{
    public HsdsService Service(Offering o) => new(o.Id, o.OrganisationId, o.Title, Description(o), address.Link($"/angebote/{o.Id}"), Status(o))
    {
        FeesDescription = Fees(o),
        MinimumAge = o.MinAge,
        MaximumAge = o.MaxAge,
        EligibilityDescription = string.Join(", ", Groups(o).Select(g => text[$"TargetGroup.{g}"].Value)),
        LastModified = o.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    /// <summary>The whole service, with everything HSDS nests in it.</summary>
    public HsdsService FullService(Offering o) => Service(o) with
    {
        Organization = o.Organisation is { } provider ? Organization(provider) : null,
        Schedules = [.. o.Sessions.OrderBy(s => s.StartsAt).Select(s => Schedule(o, s))],
        Languages = [.. o.Languages.Select(code => new HsdsLanguage(HsdsIds.For("language", o.Id, code), o.Id, text[$"LanguageName.{code}"], code))],
        CostOptions = Costs(o),
        Contacts = site.Contact.Name is { Length: > 0 } name
            ? [new HsdsContact(HsdsIds.For("contact", o.Id, site.Id), o.Id, name, text["Hsds.Contact.Title"]) { Email = site.Contact.Email }]
            : [],
        ServiceAtLocations = [ServiceAtLocation(o) with { Location = Location(o) }],
        Attributes = [.. Terms(o).Select(term => new HsdsAttribute(HsdsIds.For("attribute", o.Id, term.Id), o.Id, term.Id, "service", "service", term))],
    };

    public HsdsOrganization Organization(Organisation o) => new(o.Id, o.Name, text["Hsds.Organization.Description", o.Name, site.Name])
    {
        Website = Uri.TryCreate(o.Website, UriKind.Absolute, out var web) && web.Scheme is "http" or "https" ? web.AbsoluteUri : null,
        // The provider's own address and number, as every offering page shows them; never a person's.
        Email = o.Email is { Length: > 0 } email ? email : null,
        Phones = o.Phone is { Length: > 0 } phone ? [new HsdsPhone(HsdsIds.For("phone", o.Id), o.Id, phone)] : [],
    };

    /// <summary>The venue, one per offering (a venue is part of the offering here, not a record of its own).</summary>
    public HsdsLocation Location(Offering o)
    {
        var id = HsdsIds.For("location", o.Id);
        var v = o.Venue;
        return new HsdsLocation(id, "physical")
        {
            OrganizationId = o.OrganisationId,
            Name = v.Name ?? OfferingText.Place(o),
            Latitude = o.Latitude,
            Longitude = o.Longitude,
            // HSDS needs street, town and postcode for an address; a venue without them has none.
            Addresses = v.Street is { Length: > 0 } street && v.City is { Length: > 0 } city && v.PostalCode is { Length: > 0 } postcode
                ? [new HsdsAddress(HsdsIds.For("address", o.Id), id, street, city, site.State, postcode, "DE", "physical")]
                : [],
            Accessibility = [.. Enum.GetValues<AccessibilityFeatures>().Where(f => f != AccessibilityFeatures.None && o.Accessibility.HasFlag(f))
                .Select(f => new HsdsAccessibility(HsdsIds.For("accessibility", o.Id, f), id, text[$"Accessibility.{f}"]))],
        };
    }

    public HsdsServiceAtLocation ServiceAtLocation(Offering o) => new(HsdsIds.For("service_at_location", o.Id), o.Id, HsdsIds.For("location", o.Id));

    private static string Description(Offering o) => OfferingMarkdown.ToPlainText(o.Description) is { Length: > 0 } plain ? plain : o.Title;

    /// <summary>Published and still running is active; cancelled is defunct; over (or ended by date) is inactive.</summary>
    private string Status(Offering o) => o.Status switch
    {
        OfferingStatus.Cancelled => "defunct",
        OfferingStatus.Published when o.LastSessionEnd is null || o.LastSessionEnd > now => "active",
        _ => "inactive",
    };

    private string Fees(Offering o) => o.IsFree ? text["Hsds.Free"]
        : o.ReducedPriceCents is { } reduced ? text["Hsds.FeesReduced", Euros(o.PriceCents), Euros(reduced)] : text["Hsds.Fees", Euros(o.PriceCents)];

    private List<HsdsCostOption> Costs(Offering o)
    {
        List<HsdsCostOption> costs = [new(HsdsIds.For("cost", o.Id, "regular"), o.Id, text["Hsds.Cost.Regular"], "EUR", o.PriceCents / 100m)];
        if (o.ReducedPriceCents is { } reduced)
        {
            costs.Add(new(HsdsIds.For("cost", o.Id, "reduced"), o.Id, text["Hsds.Cost.Reduced"], "EUR", reduced / 100m));
        }
        return costs;
    }

    private HsdsSchedule Schedule(Offering o, OfferingSession s)
    {
        var start = BerlinTime.ToLocal(s.StartsAt);
        var end = BerlinTime.ToLocal(s.EndsAt);
        var day = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new HsdsSchedule(HsdsIds.For("schedule", s.Id), o.Id, day, end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day,
            start.ToString("HH:mm", CultureInfo.InvariantCulture), end.ToString("HH:mm", CultureInfo.InvariantCulture),
            text["Hsds.Schedule", start.ToString("g", CultureInfo.CurrentCulture)], "in_person");
    }

    private IEnumerable<HsdsTaxonomyTerm> Terms(Offering o) =>
        [HsdsTaxonomies.Category(o.Category, text), .. Groups(o).Select(g => HsdsTaxonomies.TargetGroup(g, text))];

    private static IEnumerable<TargetGroups> Groups(Offering o) =>
        Enum.GetValues<TargetGroups>().Where(g => g != TargetGroups.None && o.TargetGroups.HasFlag(g));

    private static string Euros(int cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture) + " EUR";
}
