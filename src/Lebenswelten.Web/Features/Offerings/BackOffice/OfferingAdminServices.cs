using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Features.Shared.BackOffice;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>What every page of the offerings' back office needs, handed to its constructor as one bundle.</summary>
public sealed class OfferingAdminServices(BackOfficeServices backOffice, OfferingCatalogue catalogue, OfferingAccess access)
{
    public BackOfficeServices BackOffice { get; } = backOffice;
    public OfferingCatalogue Catalogue { get; } = catalogue;
    public OfferingAccess Access { get; } = access;
}
