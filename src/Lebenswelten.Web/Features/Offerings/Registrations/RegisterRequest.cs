using System.Text.Json.Serialization;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>
/// A registration request. Guests give name and e-mail; account holders may send no body at all.
/// Postal code, birth year and sex are voluntary and only counted anonymously for the insurers.
/// Unknown fields are refused (400), so that a misspelt "postcode" does not vanish silently.
/// </summary>
/// <param name="Sex">"female", "male" or "diverse".</param>
/// <param name="Language">"de" or "en": the language of the mails.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RegisterRequest(
    string? Name = null,
    string? Email = null,
    string? Phone = null,
    string? PostalCode = null,
    int? BirthYear = null,
    string? Sex = null,
    string? Language = null);
