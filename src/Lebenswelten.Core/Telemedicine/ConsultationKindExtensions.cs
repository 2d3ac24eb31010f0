namespace Lebenswelten.Core.Telemedicine;

public static class ConsultationKindExtensions
{
    public static readonly ConsultationKinds All = Enum.GetValues<ConsultationKind>()
        .Aggregate(ConsultationKinds.None, (all, k) => all | k.ToFlag());

    public static ConsultationKinds ToFlag(this ConsultationKind kind) => (ConsultationKinds)(1 << (int)kind);

    public static bool Offers(this ConsultationKinds kinds, ConsultationKind kind) => Enum.IsDefined(kind) && kinds.HasFlag(kind.ToFlag());

    public static IEnumerable<ConsultationKind> Members(this ConsultationKinds kinds) =>
        Enum.GetValues<ConsultationKind>().Where(k => kinds.Offers(k));
}
