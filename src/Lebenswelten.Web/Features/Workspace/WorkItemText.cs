using Lebenswelten.Core.Workspace;
using Lebenswelten.Web.Features.Shared;

namespace Lebenswelten.Web.Features.Workspace;

/// <summary>How an item reads on the page and in the API: the same sentence in the caller's language.</summary>
public static class WorkItemText
{
    /// <summary>The heading of each kind's list on the page.</summary>
    public static string Heading(WorkItemKind kind, IStringLocalizer text) => text[$"Group.{kind}"];

    public static string For(WorkItem item, IStringLocalizer text) => item.Kind switch
    {
        WorkItemKind.Session => text[item.Count > 0 ? "Item.SessionRecorded" : "Item.SessionOpen", item.Title, When(item.At),
            item.Count ?? 0, item.Of ?? 0],
        WorkItemKind.OfferingNews => string.Join(" · ", new[]
        {
            item.Title,
            item.Count > 0 ? text["Item.NewRegistrations", item.Count].Value : null,
            item.Of > 0 ? text["Item.Waiting", item.Of].Value : null,
        }.OfType<string>()),
        WorkItemKind.OfferingDraft => text["Item.Draft", item.Title, item.At is { } at ? Dates.Date(at) : ""],
        WorkItemKind.Appointment => text["Item.Appointment", When(item.At), item.Title, item.Detail ?? ""],
        WorkItemKind.CancelledAppointment => text["Item.Cancelled", When(item.At), item.Title, text[$"Telemedicine.Status.{item.Key}"]],
        WorkItemKind.OpenInvitations => text["Item.OpenInvitations", item.Count ?? 0],
        WorkItemKind.DistrictWithoutOffering => text["Item.District", item.Title, item.Count ?? 0],
        WorkItemKind.OverdueTask => text["Item.Task", item.Title, item.Detail ?? "", item.Key ?? ""],
        WorkItemKind.StaleIndicator => item.Count is { } year ? text["Item.Stale", item.Title, year] : text["Item.NoValues", item.Title],
        WorkItemKind.Meeting => text["Item.Meeting", When(item.At), item.Title, item.Detail ?? ""],
        WorkItemKind.FundingApplication => text["Item.Application", item.Title, item.Count ?? 0,
            text[$"ApplicationStatus.{item.Detail}"]],
        _ => item.Title,
    };

    private static string When(DateTimeOffset? at) => at is { } value ? $"{Dates.Weekday(value)}, {Dates.Date(value)}, {Dates.Time(value)}" : "";
}
