using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>
/// The closing form and the list of closed days, for a room or a practice; with <see cref="Affected"/> the bookings
/// the closure would cancel, by name and time, for the confirmation step, and <see cref="Input"/> what was entered.
/// </summary>
public sealed record ClosureSection(string Heading, string Hint, IReadOnlyList<TelemedicineClosure> Closures,
    IReadOnlyList<(Guid Id, string Name)> Practices)
{
    public IReadOnlyList<string>? Affected { get; init; }
    public ClosureEntered Input { get; init; } = new(null, null, null, null);
}

/// <summary>What the closing form held, carried into the confirmation.</summary>
public sealed record ClosureEntered(Guid? Practice, DateOnly? From, DateOnly? To, string? Reason);
