namespace Lebenswelten.Core.Telemedicine;

/// <summary>What a video consultation is for (FHIR Appointment.serviceType). Stored as text; only append.</summary>
public enum ConsultationKind
{
    /// <summary>Verlaufskontrolle.</summary>
    FollowUp,
    /// <summary>Rezeptbesprechung.</summary>
    PrescriptionTalk,
    /// <summary>Befundbesprechung.</summary>
    FindingsDiscussion,
    /// <summary>Beratungsgespräch.</summary>
    Counselling,
    /// <summary>Therapiegespräch (psychotherapy).</summary>
    TherapySession,
}

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

public enum AppointmentStatus
{
    Booked,
    CancelledByResident,
    CancelledByPractice,
    /// <summary>The room closed that day.</summary>
    CancelledByRoomClosure,
    /// <summary>The practice closed that day.</summary>
    CancelledByPracticeClosure,
    /// <summary>Replaced by another appointment (<see cref="TelemedicineAppointment.RebookedToId"/>).</summary>
    Rebooked,
    /// <summary>A guest did not verify the address in time; the slot and the room were freed.</summary>
    HoldExpired,
}

public static class ConsultationKindExtensions
{
    public static readonly ConsultationKinds All = Enum.GetValues<ConsultationKind>().Aggregate(ConsultationKinds.None, (all, k) => all | k.ToFlag());

    public static ConsultationKinds ToFlag(this ConsultationKind kind) => (ConsultationKinds)(1 << (int)kind);

    public static bool Offers(this ConsultationKinds kinds, ConsultationKind kind) => Enum.IsDefined(kind) && kinds.HasFlag(kind.ToFlag());

    public static IEnumerable<ConsultationKind> Members(this ConsultationKinds kinds) =>
        Enum.GetValues<ConsultationKind>().Where(k => kinds.Offers(k));
}
