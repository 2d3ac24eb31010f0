namespace Lebenswelten.Core.Offerings;

/// <summary>Where an offering takes place (stored inside the offering's row).</summary>
public sealed class Venue
{
    public string? Name { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
}
