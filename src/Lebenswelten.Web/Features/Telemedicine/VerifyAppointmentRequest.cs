using System.Text.Json.Serialization;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>The six-digit code from the verification mail.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record VerifyAppointmentRequest(string? Code = null);
