using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// A registration made with a voucher. Referrals keeps this link itself, so Offerings knows nothing of vouchers;
/// only the client and the aggregates (counts per category, never per person) read it.
/// </summary>
public sealed class VoucherRegistration
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VoucherId { get; set; }
    public Guid RegistrationId { get; set; }
    public Guid SiteId { get; set; }
    public OfferingCategory Category { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
