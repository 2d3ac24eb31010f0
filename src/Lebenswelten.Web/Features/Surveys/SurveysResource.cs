using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>The texts of this capability: SurveysResource.resx (German) and SurveysResource.en.resx (English).</summary>
public sealed class SurveysResource : ITextSet;
