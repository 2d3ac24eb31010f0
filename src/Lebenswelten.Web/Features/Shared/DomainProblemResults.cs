using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// The one mapping from a broken domain rule to what the client sees: problem+json for the API,
/// field errors for forms. Texts come from the resources: "Problem.{Code}" and "FieldError.{Code}".
/// </summary>
public static class DomainProblemResults
{
    public static int StatusCode(this DomainProblem problem) => problem.Kind switch
    {
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    /// <param name="statusCode">Overrides the status of the problem's kind, e.g. 400 for a query string that makes no sense.</param>
    public static ProblemHttpResult ToProblem(this DomainProblem problem, IStringLocalizer text, int? statusCode = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = problem.Code };
        if (problem.FieldErrors is { } fields)
        {
            extensions["errors"] = fields.ToDictionary(f => Camel(f.Key), f => f.Value.Select(c => FieldMessage(text, c)).ToArray());
        }
        return TypedResults.Problem(statusCode: statusCode ?? problem.StatusCode(), title: text[$"Problem.{problem.Code}"],
            type: $"https://lebenswelten.example/problems/{problem.Code}", extensions: extensions);
    }

    /// <summary>Puts the problem on a form: field errors under "{prefix}.{Field}", the rest at the top.</summary>
    public static void AddTo(this DomainProblem problem, ModelStateDictionary modelState, IStringLocalizer text, string prefix = "Input")
    {
        if (problem.FieldErrors is null)
        {
            modelState.AddModelError(string.Empty, text[$"Problem.{problem.Code}"]);
            return;
        }
        foreach (var (field, codes) in problem.FieldErrors)
        {
            foreach (var code in codes)
            {
                modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", FieldMessage(text, code));
            }
        }
    }

    private static string FieldMessage(IStringLocalizer text, string code) => text[$"FieldError.{code}"];

    private static string Camel(string field) =>
        string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
