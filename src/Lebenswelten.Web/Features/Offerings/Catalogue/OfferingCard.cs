using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>One offering in the catalogue's list, and the moment it is shown at (for its next session).</summary>
public sealed record OfferingCard(Offering Offering, DateTimeOffset Now);
