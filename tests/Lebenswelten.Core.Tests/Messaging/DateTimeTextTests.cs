namespace Lebenswelten.Core.Tests.Messaging;

// In Messaging, not Common: a test namespace "Common" would hide Lebenswelten.Core.Common from every other test.
/// <summary>Dates in mails read the way the person's language writes them (issue 23), always with the weekday.</summary>
public sealed class DateTimeTextTests
{
    // Tuesday, 3 March 2026, 17:00 in Berlin.
    private static readonly DateTimeOffset Tuesday = new(2026, 3, 3, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("de", "Dienstag, 3. März 2026, 17:00 Uhr")]
    [InlineData("de-XL", "Dienstag, 3. März 2026, 17:00 Uhr")]
    [InlineData("en", "Tuesday, 3 March 2026, 17:00")]
    [InlineData("xx", "Dienstag, 3. März 2026, 17:00 Uhr")]
    public void German_and_English_are_written_out_in_full(string language, string expected) =>
        Assert.Equal(expected, DateTimeText.Long(Tuesday, language));

    [Theory]
    [InlineData("ar", "الثلاثاء", "مارس", "، 17:00")]
    [InlineData("uk", "вівторок", "березня", ", 17:00")]
    [InlineData("ru", "вторник", "марта", ", 17:00")]
    [InlineData("tr", "Salı", "Mart", ", 17:00")]
    public void The_other_resident_languages_name_weekday_and_month_in_their_own_words(string language, string weekday,
        string month, string time)
    {
        var text = DateTimeText.Long(Tuesday, language);

        Assert.Contains(weekday, text, StringComparison.Ordinal);
        Assert.Contains(month, text, StringComparison.Ordinal);
        Assert.Contains("2026", text, StringComparison.Ordinal);
        Assert.EndsWith(time, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Uhr", text, StringComparison.Ordinal);
    }
}
