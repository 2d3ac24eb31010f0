namespace Lebenswelten.Core.Offerings;

public enum OfferingCategory
{
    Exercise,
    Nutrition,
    StressAndMentalHealth,
    AddictionPrevention,
    ParentingAndFamily,
    Counselling,
    Event,
    Other,
}

public enum OfferingKind
{
    Course,
    TrialCourse,
    DropIn,
    CounsellingByAppointment,
    Event,
}

public enum OfferingStatus
{
    Draft,
    Published,
    Cancelled,
    Finished,
}

/// <summary>Stored as a number, so that the catalogue can filter with one bitwise test in SQL.</summary>
[Flags]
public enum TargetGroups
{
    None = 0,
    Children = 1,
    YoungPeople = 2,
    Families = 4,
    Fathers = 8,
    Parents = 16,
    OlderPeople = 32,
    UnemployedPeople = 64,
    Tenants = 128,
    Everyone = 256,
}

[Flags]
public enum AccessibilityFeatures
{
    None = 0,
    StepFree = 1,
    InductionLoop = 2,
    EasyLanguage = 4,
    Childcare = 8,
}

/// <summary>Weekdays on which an offering has sessions (Europe/Berlin), as flags for the catalogue filter.</summary>
[Flags]
public enum Weekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
}

public enum Certification
{
    None,
    /// <summary>Certified by the Zentrale Prüfstelle Prävention, so insurers reimburse it (§20 SGB V).</summary>
    ZppCertified,
    Other,
}

/// <summary>What happens when a place frees up (pretix calls the second one "waiting list vouchers").</summary>
public enum WaitingListMode
{
    ConfirmNext,
    OfferWithDeadline,
}

public static class FlagsExtensions
{
    public static IEnumerable<T> Members<T>(this T flags) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt32(v) != 0 && flags.HasFlag(v));

    public static T Combine<T>(this IEnumerable<T> values) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), values.Aggregate(0, (all, v) => all | Convert.ToInt32(v)));

    public static Weekdays ToFlag(this DayOfWeek day) =>
        day == DayOfWeek.Sunday ? Weekdays.Sunday : (Weekdays)(1 << ((int)day - 1));
}
