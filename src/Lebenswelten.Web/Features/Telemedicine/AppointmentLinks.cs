namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>Addresses of one appointment on this site; a guest's carry the personal link's token.</summary>
public static class AppointmentLinks
{
    public static string Manage(Guid id, string? token, string? action = null) =>
        $"/telemedizin/termine/{id}{(action is null ? "" : "/" + action)}{Token(token)}";

    public static string Token(string? token) => string.IsNullOrEmpty(token) ? "" : "?token=" + Uri.EscapeDataString(token);
}
