using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Projects;

public enum FundingSourceKind
{
    /// <summary>One insurer's project money for settings (§20a SGB V).</summary>
    InsurerProjectFunds,
    /// <summary>The state framework agreement's money for structure and training (Landesrahmenvereinbarung, §20f SGB V).</summary>
    StateFrameworkAgreement,
    /// <summary>Several insurers paying together, each a share (kassenübergreifend, as in Leipzig).</summary>
    JointInsurerFunding,
}

/// <summary>Money a site's projects can apply for: whose it is (the insurers and their shares) and what kind.</summary>
public sealed class FundingSource : ISiteOwned
{
    public const int MaxNameLength = 200;
    /// <summary>Shares are in basis points (1/100 %): 10,000 is the whole.</summary>
    public const int Whole = 10_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public required string Name { get; set; }
    public FundingSourceKind Kind { get; set; }
    public List<FundingShare> Shares { get; set; } = [];
    public bool IsSampleData { get; set; }

    /// <summary>The insurers (organisations) applications to this source are addressed to.</summary>
    public IEnumerable<Guid> Funders => Shares.Select(s => s.OrganisationId);
}

/// <summary>One insurer's part of a source, in basis points of the whole.</summary>
public sealed class FundingShare
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FundingSourceId { get; set; }
    public Guid OrganisationId { get; set; }
    public int BasisPoints { get; set; }
}
