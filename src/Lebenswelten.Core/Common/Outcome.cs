namespace Lebenswelten.Core.Common;

public enum ProblemKind
{
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

/// <summary>
/// A broken domain rule, named by a stable code ("Registration.Duplicate") that the web layer turns into
/// a localised problem+json answer or form errors. <paramref name="FieldErrors"/> maps a field to codes.
/// </summary>
public sealed record DomainProblem(ProblemKind Kind, string Code, IReadOnlyDictionary<string, string[]>? FieldErrors = null)
{
    public static DomainProblem NotFound(string code) => new(ProblemKind.NotFound, code);
    public static DomainProblem Forbidden(string code) => new(ProblemKind.Forbidden, code);
    public static DomainProblem Conflict(string code) => new(ProblemKind.Conflict, code);
    /// <summary>Well-formed, but against a rule of the domain (422), e.g. a slot beyond the booking horizon.</summary>
    public static DomainProblem Unprocessable(string code) => new(ProblemKind.Invalid, code);
    public static DomainProblem Invalid(IReadOnlyDictionary<string, string[]> errors) => new(ProblemKind.Invalid, "Validation", errors);
    public static DomainProblem Field(string field, string code) => Invalid(new Dictionary<string, string[]> { [field] = [code] });
}

/// <summary>The result of a use case: a value or the rule it broke.</summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, DomainProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }
    public DomainProblem? Problem { get; }
    public bool Succeeded => Problem is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(DomainProblem problem) => new(default, problem);
}

/// <summary>Collects field errors the way forms show them: field name to error codes.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string field, string code)
    {
        if (!errors.TryGetValue(field, out var codes))
        {
            errors[field] = codes = [];
        }
        codes.Add(code);
    }

    public void AddIf(bool condition, string field, string code)
    {
        if (condition)
        {
            Add(field, code);
        }
    }

    public DomainProblem ToProblem() => DomainProblem.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
