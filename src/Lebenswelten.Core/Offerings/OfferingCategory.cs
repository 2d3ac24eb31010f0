namespace Lebenswelten.Core.Offerings;

/// <summary>What an offering is about, for the catalogue's filter.</summary>
public enum OfferingCategory
{
    Exercise,
    Nutrition,
    StressAndMentalHealth,
    AddictionPrevention,
    ParentingAndFamily,
    Counselling,
    Event,
    Other,
}
