using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>The texts of the evaluation: EvaluationResource.resx (German) and EvaluationResource.en.resx (English).</summary>
public sealed class EvaluationResource : ITextSet;
