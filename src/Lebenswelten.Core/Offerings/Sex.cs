namespace Lebenswelten.Core.Offerings;

/// <summary>Voluntary, only counted in the anonymous statistics for the insurers.</summary>
public enum Sex
{
    Female,
    Male,
    Diverse,
}
