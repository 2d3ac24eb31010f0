using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.CalendarFeeds;

/// <summary>The texts of this capability: CalendarFeedsResource.resx (German) and CalendarFeedsResource.en.resx (English).</summary>
public sealed class CalendarFeedsResource : ITextSet;
