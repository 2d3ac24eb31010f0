using System.ComponentModel.DataAnnotations;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// What the booking page's form posts (the JSON API takes <see cref="BookAppointmentRequest"/>). The rules live in Core
/// (<see cref="BookingRules"/>), so none here.
/// </summary>
public sealed class BookingFormInput : ContactInput
{
    public ConsultationKind? Kind { get; set; }

    public Guid? RoomId { get; set; }

    [Display(Name = "Telemedicine.Form.Reason")]
    public string? Reason { get; set; }
}
