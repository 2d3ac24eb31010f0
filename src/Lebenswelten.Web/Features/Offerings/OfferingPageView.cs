using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Offerings;

/// <summary>
/// What the offering page shows, for the public page and the staff's preview of a draft alike (_OfferingPage): one
/// piece of markup, so the preview cannot drift from what the public will see (issue 25).
/// </summary>
/// <param name="IsPreview">The staff's preview: the links that only work once it is published (register, calendar) show as text.</param>
public sealed record OfferingPageView(Offering Offering, Site? Site, DateTimeOffset Now, IReadOnlyList<string> Funders, bool IsPreview = false)
{
    /// <summary>Open as it would be once published: a preview answers for the draft as the public page will.</summary>
    public bool IsOpenForRegistration => IsPreview
        ? Offering.Status == OfferingStatus.Draft && Offering.IsWithinRegistrationWindowAt(Now)
        : Offering.IsOpenForRegistrationAt(Now);

    public bool IsFinished => Offering.Status == OfferingStatus.Finished || Offering.LastSessionEnd <= Now;
}
