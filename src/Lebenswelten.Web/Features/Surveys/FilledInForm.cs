using Lebenswelten.Core.Surveys;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>
/// Reads answers from a posted form (fields "q-{question id}", a checkbox group posting several values) and keeps what a
/// field that does not parse says, so that the form comes back with it marked instead of an error page.
/// </summary>
public static class FilledInForm
{
    public static string FieldName(SurveyQuestion question) => $"q-{question.Id}";

    public static (FilledIn Filled, FieldErrors Errors) Read(IFormCollection form, Survey survey)
    {
        var errors = new FieldErrors();
        var answers = survey.Questions.ToDictionary(q => q.Id, q => (IReadOnlyList<string>)form[FieldName(q)]
            .Where(v => v is not null).Select(v => v!).Take(SurveyRules.MaxAnswersPerQuestion).ToList());
        Guid? district = null;
        if (form["DistrictId"].ToString() is { Length: > 0 } d)
        {
            errors.AddIf(!Guid.TryParse(d, out var id), "DistrictId", "UnknownDistrict");
            district = id == Guid.Empty ? null : id;
        }
        TargetGroups? group = null;
        if (form["TargetGroup"].ToString() is { Length: > 0 } g)
        {
            errors.AddIf(!Enum.TryParse<TargetGroups>(g, out var parsed) || !Enum.IsDefined(parsed), "TargetGroup", "Unknown");
            group = Enum.TryParse<TargetGroups>(g, out var p) && Enum.IsDefined(p) ? p : null;
        }
        var ticket = form["Ticket"].ToString();
        return (new FilledIn(answers, district, group, string.IsNullOrWhiteSpace(ticket) ? null : ticket), errors);
    }
}
