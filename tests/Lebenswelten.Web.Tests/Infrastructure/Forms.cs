namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>Posts a form as the browser would: with the antiforgery token of the page that showed it.</summary>
public static class Forms
{
    public static FormUrlEncodedContent Of(string pageWithForm, params string[] fields)
    {
        var values = new Dictionary<string, string> { ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(pageWithForm) };
        for (var i = 0; i < fields.Length; i += 2)
        {
            values[fields[i]] = fields[i + 1];
        }
        return new FormUrlEncodedContent(values);
    }
}
