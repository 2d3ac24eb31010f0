using System.Globalization;

namespace Lebenswelten.Core.Network;

/// <summary>Dates and times as the network's mails and calendar files show them, in Berlin time.</summary>
public static class NetworkText
{
    public static string DateTime(DateTimeOffset at, string language) =>
        BerlinTime.ToLocal(at).ToString(language == "en" ? "dddd, d MMMM yyyy, HH:mm" : "dddd, d. MMMM yyyy, HH:mm 'Uhr'",
            Culture(language));

    public static string Date(DateOnly date, string language) =>
        date.ToString(language == "en" ? "d MMMM yyyy" : "d. MMMM yyyy", Culture(language));

    /// <summary>Where a meeting takes place: the room, the video link, or both.</summary>
    public static string Place(Meeting meeting, string language) =>
        string.Join(language == "en" ? " and online: " : " und online: ",
            new[] { meeting.Place, meeting.VideoLink }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "de-DE");
}
