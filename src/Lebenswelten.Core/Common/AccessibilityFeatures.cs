namespace Lebenswelten.Core.Common;

/// <summary>What makes a place or an offering usable for everyone (offerings and telemedicine rooms).</summary>
[Flags]
public enum AccessibilityFeatures
{
    None = 0,
    StepFree = 1,
    InductionLoop = 2,
    EasyLanguage = 4,
    Childcare = 8,
}
