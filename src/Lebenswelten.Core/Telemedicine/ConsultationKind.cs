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
