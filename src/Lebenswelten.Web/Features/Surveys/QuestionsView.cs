using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Surveys;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>The questions of one step as form fields, with what was already filled in; answers of other steps ride along hidden.</summary>
public sealed record QuestionsView(Survey Survey, IReadOnlyList<SurveyQuestion> Shown, IReadOnlyList<SurveyQuestion> Hidden, FilledIn Filled,
    IReadOnlyList<District> Districts, bool AsksAboutPerson);
