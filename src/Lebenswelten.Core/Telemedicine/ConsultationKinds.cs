namespace Lebenswelten.Core.Telemedicine;

/// <summary>The kinds a schedule offers, as bits of <see cref="ConsultationKind"/> (stored as a number).</summary>
[Flags]
public enum ConsultationKinds
{
    None = 0,
    FollowUp = 1 << ConsultationKind.FollowUp,
    PrescriptionTalk = 1 << ConsultationKind.PrescriptionTalk,
    FindingsDiscussion = 1 << ConsultationKind.FindingsDiscussion,
    Counselling = 1 << ConsultationKind.Counselling,
    TherapySession = 1 << ConsultationKind.TherapySession,
}
