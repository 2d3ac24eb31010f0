using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Referrals.ReferralKit;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class VoucherSuggestionTests
{
    [Theory, BothProviders]
    public async Task With_a_postcode_the_nearest_offerings_come_first_with_their_distance_and_without_one_the_earliest(
        DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var offerings = kit.Offerings;
        // Jena's market square, and three courses 4 km north (earliest), 1 km east and 2 km south (latest) of it.
        var centre = new PostcodeCentroid("07743", "Jena", 50.9288, 11.5897);
        var far = await offerings.CreateOfferingAsync(offerings.NewDraft(title: "Nordkurs") with { Latitude = 50.9648, Longitude = 11.5897 });
        var near = await offerings.CreateOfferingAsync(offerings.NewDraft(title: "Ostkurs") with
        {
            Latitude = 50.9288, Longitude = 11.6039,
            Sessions = [new SessionInput(BerlinTime.LocalDate(offerings.Clock.GetUtcNow()).AddDays(9), new TimeOnly(17, 0), new TimeOnly(18, 0))],
        });
        var middle = await offerings.CreateOfferingAsync(offerings.NewDraft(title: "Südkurs") with
        {
            Latitude = 50.9108, Longitude = 11.5897,
            Sessions = [new SessionInput(BerlinTime.LocalDate(offerings.Clock.GetUtcNow()).AddDays(10), new TimeOnly(17, 0), new TimeOnly(18, 0))],
        });
        var issued = await kit.IssueAsync(OfferingCategory.Exercise, OfferingCategory.Nutrition);

        var sorted = await kit.WithAsync(s => s.GetRequiredService<VoucherSuggestions>().ForAsync(issued.Voucher, centre, None));
        Assert.Equal([OfferingCategory.Exercise, OfferingCategory.Nutrition], sorted.Select(c => c.Category));
        var exercise = sorted[0].Offerings;
        Assert.Equal([near.Id, middle.Id, far.Id], exercise.Select(s => s.Offering.Id));
        Assert.Equal([1.0, 2.0, 4.0], exercise.Select(s => Math.Round(s.Kilometres!.Value, 1)));
        Assert.Empty(sorted[1].Offerings);

        var byDate = await kit.WithAsync(s => s.GetRequiredService<VoucherSuggestions>().ForAsync(issued.Voucher, null, None));
        Assert.Equal([far.Id, near.Id, middle.Id], byDate[0].Offerings.Select(s => s.Offering.Id));
        Assert.All(byDate[0].Offerings, s => Assert.Null(s.Kilometres));
    }
}
