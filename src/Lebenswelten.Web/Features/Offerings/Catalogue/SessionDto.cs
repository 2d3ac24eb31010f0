using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>A session in UTC and, for people reading the JSON, in Europe/Berlin wall-clock time.</summary>
public sealed record SessionDto(DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset StartsAtLocal, DateTimeOffset EndsAtLocal)
{
    public static SessionDto From(OfferingSession s) =>
        new(s.StartsAt.ToUniversalTime(), s.EndsAt.ToUniversalTime(), BerlinTime.ToLocal(s.StartsAt), BerlinTime.ToLocal(s.EndsAt));
}
