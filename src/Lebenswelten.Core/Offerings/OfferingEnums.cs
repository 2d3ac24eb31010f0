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
