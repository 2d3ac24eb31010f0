using Lebenswelten.Core.Evaluation;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>A group value's name in the reader's language (categories and target groups borrow the shared vocabulary).</summary>
public static class GroupLabels
{
    public static string Of(GroupValue value, IStringLocalizer text) => value.Key switch
    {
        GroupValue.Unknown => text["Evaluation.Unknown"],
        "none" when value.Dimension == ReachDimension.Project => text["Evaluation.NoProject"],
        _ => value.Dimension switch
        {
            ReachDimension.Category => text[$"Category.{value.Key}"],
            ReachDimension.TargetGroup => text[$"TargetGroup.{value.Key}"],
            ReachDimension.Sex => text[$"Evaluation.Sex.{value.Key}"],
            _ => value.Label,
        },
    };
}
