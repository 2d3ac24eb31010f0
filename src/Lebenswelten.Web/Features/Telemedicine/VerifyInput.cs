using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>What the code form posts; the rules live in Core (<see cref="ContactVerification"/>).</summary>
public sealed class VerifyInput
{
    public string? Code { get; set; }
}
