namespace Lebenswelten.Core.Projects;

/// <summary>
/// The 12 criteria for good practice in health promotion for people in difficult social circumstances, of the
/// Kooperationsverbund Gesundheitliche Chancengleichheit (Praxisdatenbank), in their published order.
/// </summary>
public enum GoodPracticeCriterion
{
    Concept = 1,
    TargetGroupFocus = 2,
    SettingApproach = 3,
    MultiplierConcept = 4,
    Sustainability = 5,
    LowThreshold = 6,
    Participation = 7,
    Empowerment = 8,
    IntegratedApproach = 9,
    QualityManagement = 10,
    DocumentationAndEvaluation = 11,
    CostEffectiveness = 12,
}

/// <summary>
/// A project's own rating of one criterion: a step on the criterion's ladder of implementation levels ("Umsetzungsstufen":
/// each step a fuller implementation than the one before, so quality is a process, not yes or no) and why.
/// </summary>
public sealed class GoodPracticeRating
{
    /// <summary>0: not yet implemented; 1 to 4: the steps of the ladder.</summary>
    public const int MaxLevel = 4;
    public const int MaxJustificationLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public GoodPracticeCriterion Criterion { get; set; }
    public int Level { get; set; }
    public string Justification { get; set; } = "";
}
