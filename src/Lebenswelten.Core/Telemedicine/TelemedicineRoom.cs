using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// A room in the quarter where tenants hold video consultations, with a device and someone to help on site.
/// Run by an operator organisation (usually the housing company); its staff see the day's bookings (name and time only).
/// </summary>
public sealed class TelemedicineRoom : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public required string Name { get; set; }
    public PostalAddress Address { get; set; } = new();
    public Guid? DistrictId { get; set; }
    public District? District { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>Free text: screen, camera, headset, blood-pressure monitor …</summary>
    public string Equipment { get; set; } = "";
    public AccessibilityFeatures Accessibility { get; set; }
    public Guid OperatorOrganisationId { get; set; }
    public Organisation? Operator { get; set; }
    /// <summary>Time kept free after each booking (and so before the next) for cleaning and setting up.</summary>
    public int BufferMinutes { get; set; } = 10;
    /// <summary>False takes the room out of the slot search; bookings made before stay.</summary>
    public bool IsActive { get; set; } = true;
    public List<RoomOpeningHours> OpeningHours { get; set; } = [];
    public bool IsSampleData { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
