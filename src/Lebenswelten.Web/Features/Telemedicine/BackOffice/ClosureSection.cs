using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>The closing form and the list of closed days, for a room or a practice.</summary>
public sealed record ClosureSection(string Heading, string Hint, IReadOnlyList<TelemedicineClosure> Closures,
    IReadOnlyList<(Guid Id, string Name)> Practices);
