using System.Text.Json.Serialization;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>Why the offering is cancelled; the mail to everyone registered repeats it.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CancelOfferingDto(string? Reason);
