namespace Lebenswelten.Web.Features.Accessibility;

/// <summary>
/// Who answers for the site's accessibility, from configuration section <c>Accessibility</c> (appsettings.json or
/// environment variables such as <c>Accessibility__FeedbackEmail</c>): the contact the statement must name
/// (§ 12b Abs. 2 Nr. 3 BGG, § 7 BITV 2.0). Each operator sets its own; the demo sets an example.
/// </summary>
public sealed class StatementSettings
{
    public const string Section = "Accessibility";

    /// <summary>The day the statement was made by self-assessment and the tests named on the page.</summary>
    public static readonly DateOnly Made = new(2026, 12, 7);

    /// <summary>The operator's name (the public body or its contractor running the site).</summary>
    public string? Operator { get; set; }

    /// <summary>Postal address, one line.</summary>
    public string? Address { get; set; }

    public string? FeedbackEmail { get; set; }

    public string? Phone { get; set; }

    /// <summary>The day the operator last reviewed the statement; the statement's own date if never.</summary>
    public DateOnly? ReviewedOn { get; set; }
}
