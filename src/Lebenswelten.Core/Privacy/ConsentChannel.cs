namespace Lebenswelten.Core.Privacy;

/// <summary>
/// How a consent reached us (GDPR Art. 7(1): the controller must be able to show it was given). Web: the person's own
/// click; Paper: a signed form staff typed in (referrals, issue 19); Phone: said on a call, entered by staff (a course
/// registration by phone, issue 25). Stored as its number: add new channels at the end.
/// </summary>
public enum ConsentChannel
{
    Web,
    Paper,
    Phone,
}
