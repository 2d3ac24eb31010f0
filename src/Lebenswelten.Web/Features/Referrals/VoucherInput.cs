using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>Turns typed category names into the draft; an unknown name is a field error, not a 400 from the JSON reader.</summary>
public static class VoucherInput
{
    public static (VoucherDraft Draft, DomainProblem? Problem) Draft(IEnumerable<string>? categories, string? note, int? months,
        string? language)
    {
        var parsed = new List<OfferingCategory>();
        var unknown = false;
        foreach (var name in categories ?? [])
        {
            if (Enum.TryParse<OfferingCategory>(name, ignoreCase: true, out var category) && Enum.IsDefined(category)
                && !int.TryParse(name, out _))
            {
                parsed.Add(category);
            }
            else
            {
                unknown = true;
            }
        }
        var draft = new VoucherDraft(parsed, note, months, language ?? "de");
        return (draft, unknown ? DomainProblem.Field(nameof(VoucherDraft.Categories), "Unknown") : null);
    }
}
