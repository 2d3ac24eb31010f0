using Lebenswelten.Core.Messaging;

namespace Lebenswelten.Core.Network;

/// <summary>Writes the network's mails into the outbox, within the caller's transaction (a rolled-back change sends nothing).</summary>
public sealed class NetworkMails(LebensweltenDbContext db, INetworkLinks links)
{
    public void Invited(Meeting meeting, HealthNetwork network, MeetingInvitation invitation, ContactPerson contact, string token,
        DateTimeOffset now)
    {
        const string language = "de";
        var message = MailTemplates.Compose("meeting-invitation", language, contact.Email!, contact.Name, new Dictionary<string, string>
        {
            ["Name"] = contact.Name,
            ["Network"] = network.Name,
            ["Title"] = meeting.Title,
            ["Start"] = NetworkText.DateTime(meeting.StartsAt, language),
            ["Place"] = NetworkText.Place(meeting, language),
            ["Agenda"] = string.Join("\n", meeting.Agenda.Select((item, i) => $"{i + 1}. {item}")),
            ["AnswerLink"] = links.AnswerInvitation(invitation.Id, token),
        }, now);
        message.AttachmentName = MeetingCalendar.FileName(meeting);
        message.AttachmentContentType = MeetingCalendar.ContentType;
        message.AttachmentText = MeetingCalendar.ToIcs(meeting, network.Name);
        db.OutboxMessages.Add(message);
    }

    public void ApplicationDecided(MembershipApplication application, HealthNetwork network, bool accepted, DateTimeOffset now) =>
        db.OutboxMessages.Add(MailTemplates.Compose(accepted ? "network-application-accepted" : "network-application-declined",
            application.Language, application.ContactEmail, application.ContactName, new Dictionary<string, string>
            {
                ["Name"] = application.ContactName,
                ["Network"] = network.Name,
                ["Organisation"] = application.OrganisationName,
            }, now));

    public void TaskOverdue(ActionItem task, HealthNetwork network, string siteSlug, ContactPerson owner, DateTimeOffset now)
    {
        const string language = "de";
        db.OutboxMessages.Add(MailTemplates.Compose("task-overdue", language, owner.Email!, owner.Name, new Dictionary<string, string>
        {
            ["Name"] = owner.Name,
            ["Network"] = network.Name,
            ["Task"] = task.Title,
            ["DueOn"] = NetworkText.Date(task.DueOn, language),
            ["TasksLink"] = links.Tasks(siteSlug),
        }, now));
    }
}
