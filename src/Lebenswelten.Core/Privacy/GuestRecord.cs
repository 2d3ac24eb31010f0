namespace Lebenswelten.Core.Privacy;

/// <summary>
/// A record a guest (who has no account) opens with its personal link, as a capability hands it to Privacy for the
/// guest's export or erasure, after the capability has checked the link's token.
/// </summary>
/// <param name="DataKind">What the record is, in the audit log ("Registration", "TelemedicineAppointment").</param>
/// <param name="Subject">Whose data it is in the audit log (<see cref="AuditSubject"/>).</param>
/// <param name="Email">The address the record's mails went to, read before the record is erased.</param>
/// <param name="ConsentsOf">The registration whose consents belong to the record, if any.</param>
public sealed record GuestRecord(string DataKind, Guid Id, string Subject, string? Email, Guid? ConsentsOf = null);
