using Lebenswelten.Core.Ideas;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>A proposal as the API takes it.</summary>
public sealed record IdeaDraftDto(string? Title, string? Text, string? District, List<TargetGroups>? TargetGroups)
{
    public IdeaDraft ToDraft() => new(Title, Text, District, (TargetGroups ?? []).Aggregate(Core.Common.TargetGroups.None, (all, g) => all | g));
}

/// <summary>A moderator's decision: a reason for a rejection, the published idea a duplicate merges into.</summary>
public sealed record ModerationDto(string? Reason, Guid? MergeIntoId);

public sealed record IdeaAnswerDto(IdeaAnswerKind? Kind, string? Text, Guid? OfferingId)
{
    public IdeaAnswerDraft ToDraft() => new(Kind, Text, OfferingId);
}

public sealed record AnswerDto(IdeaAnswerKind Kind, string? Text, Guid? OfferingId, DateTimeOffset At);

public sealed record OfferingLinkDto(Guid Id, string Title);

/// <summary>An idea as the public sees it: no author, no supporters, only their number.</summary>
public sealed record IdeaDto(Guid Id, string Title, string Text, string? District, List<TargetGroups> TargetGroups, IdeaStatus Status,
    DateTimeOffset ProposedAt, int Supports, AnswerDto? Answer, OfferingLinkDto? Offering, List<AnswerDto> History, bool IsSampleData)
{
    public static IdeaDto From(IdeaListing listing, IReadOnlyList<IdeaAnswerChange>? history = null, LinkedOffering? offering = null)
    {
        var idea = listing.Idea;
        return new(idea.Id, idea.Title, idea.Text, listing.District,
            [.. Enum.GetValues<TargetGroups>().Where(g => g != Core.Common.TargetGroups.None && idea.TargetGroups.HasFlag(g))], idea.Status,
            idea.ProposedAt, listing.Supports,
            idea.Answer is { } kind ? new AnswerDto(kind, idea.AnswerText, idea.OfferingId, idea.AnsweredAt!.Value) : null,
            offering is null ? null : new OfferingLinkDto(offering.Id, offering.Title),
            [.. (history ?? []).Select(h => new AnswerDto(h.Kind, h.Text, h.OfferingId, h.At))], idea.IsSampleData);
    }

    public static IdeaDto From(Idea idea) => From(new IdeaListing(idea, null, 0));
}

public sealed record SupportDto(Guid IdeaId, int Supports);

public sealed record MyIdeasDto(List<IdeaDto> Proposed, List<IdeaDto> Supported);
