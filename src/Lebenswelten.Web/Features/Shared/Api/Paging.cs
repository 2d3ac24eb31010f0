namespace Lebenswelten.Web.Features.Shared.Api;

/// <summary>The paging rule of the JSON API (docs/dev/api-conventions.md): page from 1, at most 100 a page.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>Null when the page and its size are within the rule; otherwise a validation problem naming each (400).</summary>
    public static DomainProblem? Check(int page, int pageSize)
    {
        var errors = new FieldErrors();
        errors.AddIf(page < 1, "page", "OutOfRange");
        errors.AddIf(pageSize is < 1 or > MaxPageSize, "pageSize", "OutOfRange");
        return errors.Any ? errors.ToProblem() : null;
    }
}
