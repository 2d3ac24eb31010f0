namespace Lebenswelten.Core.Common;

/// <summary>
/// One thing wrong in an uploaded file, at a 1-based <paramref name="Line"/> (CSV line or GeoJSON feature number),
/// named by a stable code ("Import.UnknownDistrict") the web layer words in German or English with <paramref name="Value"/>.
/// </summary>
public sealed record ImportError(int Line, string Code, string Value = "");
