using System.Net;
using System.Text.Json;

namespace Lebenswelten.Web.Tests.Infrastructure;

public static class ProblemAssert
{
    /// <summary>The API's error contract: the status and an application/problem+json body carrying it.</summary>
    public static async Task IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, body.RootElement.GetProperty("status").GetInt32());
    }

    /// <summary>As <see cref="IsProblemAsync"/>, and the problem's stable <c>code</c>.</summary>
    public static async Task HasCodeAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        await IsProblemAsync(response, status);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
    }
}
