namespace Lebenswelten.Core.Privacy;

/// <summary>
/// One capability's part of a person's export. Each capability derives its own record (its rows, in its own words);
/// the web page shows it with the capability's partial <c>Features/{Capability}/_PersonalData.cshtml</c>, and the
/// export file writes it with its own properties beside <see cref="Capability"/> (<see cref="PersonalDataSectionJson"/>).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(PersonalDataSectionJson))]
public abstract record PersonalDataSection(string Capability);
