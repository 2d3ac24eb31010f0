namespace Lebenswelten.Core.Telemedicine;

public enum AppointmentStatus
{
    Booked,
    CancelledByResident,
    CancelledByPractice,
    /// <summary>The room closed that day.</summary>
    CancelledByRoomClosure,
    /// <summary>The practice closed that day.</summary>
    CancelledByPracticeClosure,
    /// <summary>Replaced by another appointment (<see cref="TelemedicineAppointment.RebookedToId"/>).</summary>
    Rebooked,
    /// <summary>A guest did not verify the address in time; the slot and the room were freed.</summary>
    HoldExpired,
}
