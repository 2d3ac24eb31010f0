namespace Lebenswelten.Core.Organisations;

/// <summary>Where an organisation is (an owned part of <see cref="Organisation"/>).</summary>
public sealed class PostalAddress
{
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
}
