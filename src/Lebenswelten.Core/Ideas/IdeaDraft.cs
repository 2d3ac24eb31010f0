namespace Lebenswelten.Core.Ideas;

/// <summary>What a resident writes: a short title and text, and if they like a district and the people it is for.</summary>
public sealed record IdeaDraft(string? Title, string? Text, string? DistrictKey = null, TargetGroups TargetGroups = TargetGroups.None)
{
    public DomainProblem? Check()
    {
        var errors = new FieldErrors();
        var title = Title?.Trim() ?? "";
        var text = Text?.Trim() ?? "";
        errors.AddIf(title.Length == 0, nameof(Title), "Required");
        errors.AddIf(title.Length is > 0 and < Idea.MinTitleLength, nameof(Title), "IdeaTitleTooShort");
        errors.AddIf(title.Length > Idea.MaxTitleLength, nameof(Title), "TooLong");
        errors.AddIf(text.Length == 0, nameof(Text), "Required");
        errors.AddIf(text.Length > Idea.MaxTextLength, nameof(Text), "TooLong");
        errors.AddIf((TargetGroups & ~AllGroups) != 0, nameof(TargetGroups), "Unknown");
        return errors.Any ? errors.ToProblem() : null;
    }

    private static readonly TargetGroups AllGroups = Enum.GetValues<TargetGroups>().Aggregate(TargetGroups.None, (a, g) => a | g);
}

/// <summary>A moderator's decision on a pending idea.</summary>
public enum ModerationStep
{
    Publish,
    Reject,
    Merge,
}

/// <summary>The answer a coordinator or provider gives a published idea.</summary>
public sealed record IdeaAnswerDraft(IdeaAnswerKind? Kind, string? Text, Guid? OfferingId)
{
    public DomainProblem? Check()
    {
        var errors = new FieldErrors();
        var text = Text?.Trim() ?? "";
        errors.AddIf(Kind is null || !Enum.IsDefined(Kind.Value), nameof(Kind), "Required");
        // "Not possible" always says why (issue 24); the others may speak for themselves.
        errors.AddIf(Kind == IdeaAnswerKind.NotPossible && text.Length == 0, nameof(Text), "IdeaReasonRequired");
        errors.AddIf(text.Length > Idea.MaxTextLength, nameof(Text), "TooLong");
        errors.AddIf(OfferingId is not null && Kind != IdeaAnswerKind.Planned, nameof(OfferingId), "IdeaOfferingOnlyWhenPlanned");
        return errors.Any ? errors.ToProblem() : null;
    }
}
