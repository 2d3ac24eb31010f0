namespace Lebenswelten.Core.Common;

public static class TypedText
{
    /// <summary>What a person typed, trimmed; null when they typed nothing but spaces.</summary>
    public static string? TrimmedOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
