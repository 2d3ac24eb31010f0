using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>Days to close, as the form posts them (To empty: the one day From).</summary>
public sealed class ClosureInput
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Reason { get; set; }

    public ClosureDraft? ToDraft() => From is { } from ? new ClosureDraft(from, To ?? from, Reason) : null;
}
