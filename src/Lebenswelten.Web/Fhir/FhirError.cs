using Hl7.Fhir.Model;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// What went wrong, before it is put into words: every /fhir error becomes an OperationOutcome (FHIR R4 §3.1.0.4,
/// "errors as OperationOutcome"; ISiK Terminplanung $book: 400 for syntax, 422 for rules). Texts come from the
/// resources in the request's language (<c>Fhir.*</c>, <c>Problem.*</c>, <c>FieldError.*</c>); the stable code
/// (<c>Slot.Taken</c>, <c>Fhir.UnknownParameter</c>) is in <c>issue.details.coding</c> for software to act on.
/// </summary>
public sealed record FhirError(int Status, string Code, string TextKey, object[] Args, string? Expression = null,
    IReadOnlyList<FhirIssue>? More = null)
{
    public const string ProblemSystem = "https://lebenswelten.example/fhir/CodeSystem/problem";

    public static FhirError Invalid(string key, params object[] args) => Of(StatusCodes.Status400BadRequest, key, args);

    public static FhirError Invalid(string key, string[] details) =>
        new(StatusCodes.Status400BadRequest, key, key, [], More: details.Select(d => new FhirIssue(null, d, null)).ToList());

    /// <summary>Well-formed FHIR that breaks a rule of this server (ISiK: 422), at the element <paramref name="expression"/>.</summary>
    public static FhirError Unprocessable(string key, string expression, params object[] args) =>
        new(StatusCodes.Status422UnprocessableEntity, key, key, args, expression);

    public static FhirError Of(int status, string key, params object[] args) => new(status, key, key, args);

    /// <summary>A Core outcome: its status (404, 409, 422; <paramref name="status"/> overrides) and one issue per field error.</summary>
    public static FhirError From(DomainProblem problem, int? status = null, Func<string, string>? fieldPath = null) =>
        new(status ?? problem.StatusCode(), problem.Code, $"Problem.{problem.Code}", [], More:
            problem.FieldErrors?.SelectMany(f =>
                f.Value.Select(code => new FhirIssue($"FieldError.{code}", null, fieldPath?.Invoke(f.Key) ?? f.Key)))
                .ToList());

    public FhirResult ToResult(IStringLocalizer text) => new(ToOutcome(text), Status);

    public OperationOutcome ToOutcome(IStringLocalizer text)
    {
        var type = IssueType(Status);
        var outcome = new OperationOutcome();
        outcome.Issue.Add(new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Error,
            Code = type,
            Details = new CodeableConcept(ProblemSystem, Code) { Text = text[TextKey, Args].Value },
            Diagnostics = text[TextKey, Args].Value,
            Expression = Expression is null ? [] : [Expression],
        });
        foreach (var issue in More ?? [])
        {
            outcome.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = issue.TextKey is null ? type : OperationOutcome.IssueType.Value,
                Diagnostics = issue.TextKey is { } key ? text[key].Value : issue.Detail,
                Expression = issue.Expression is { } path ? [path] : [],
            });
        }
        return outcome;
    }

    public static OperationOutcome.IssueType IssueType(int status) => status switch
    {
        StatusCodes.Status400BadRequest => OperationOutcome.IssueType.Invalid,
        StatusCodes.Status401Unauthorized => OperationOutcome.IssueType.Login,
        StatusCodes.Status403Forbidden => OperationOutcome.IssueType.Forbidden,
        StatusCodes.Status404NotFound or StatusCodes.Status410Gone => OperationOutcome.IssueType.NotFound,
        StatusCodes.Status405MethodNotAllowed or StatusCodes.Status406NotAcceptable or StatusCodes.Status415UnsupportedMediaType
            => OperationOutcome.IssueType.NotSupported,
        StatusCodes.Status409Conflict or StatusCodes.Status412PreconditionFailed => OperationOutcome.IssueType.Conflict,
        StatusCodes.Status413PayloadTooLarge => OperationOutcome.IssueType.TooLong,
        StatusCodes.Status422UnprocessableEntity => OperationOutcome.IssueType.BusinessRule,
        StatusCodes.Status429TooManyRequests => OperationOutcome.IssueType.Throttled,
        StatusCodes.Status503ServiceUnavailable => OperationOutcome.IssueType.Transient,
        _ when status < 500 => OperationOutcome.IssueType.Processing,
        _ => OperationOutcome.IssueType.Exception,
    };
}

/// <summary>One more finding: a localised text (by key) or a literal detail (the SDK's parser message), at a FHIRPath.</summary>
public sealed record FhirIssue(string? TextKey, string? Detail, string? Expression);
