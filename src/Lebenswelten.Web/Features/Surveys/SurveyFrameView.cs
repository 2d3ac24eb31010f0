using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Surveys;

public sealed record SurveyFrameView(SurveyInput Input, IReadOnlyList<District> Districts, SurveyLanguages Languages);

/// <summary>One text field per language; German first and required, the others in a folded group.</summary>
public sealed record TextsView(string Field, string Label, IReadOnlyDictionary<string, string?> Values, SurveyLanguages Languages,
    bool Multiline = false, string? Hint = null, string Prefix = "Input");
