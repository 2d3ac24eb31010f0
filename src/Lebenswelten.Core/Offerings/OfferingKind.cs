namespace Lebenswelten.Core.Offerings;

/// <summary>How an offering is held: a course, a trial, a drop-in, counselling by appointment or an event.</summary>
public enum OfferingKind
{
    Course,
    TrialCourse,
    DropIn,
    CounsellingByAppointment,
    Event,
}
