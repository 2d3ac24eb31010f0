using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Benchmarks.Infrastructure;

namespace Lebenswelten.Benchmarks.Http;

/// <summary>
/// The registration rush (issue 21, benchmark 1): residents register as guests for ten offerings through
/// POST /api/offerings/{id}/registrations, from a fixed number of connections, each sending its next request as soon as
/// the last is answered. Every resident is one request with a unique address. Afterwards the database is checked
/// (<see cref="RushCheck"/>). Prints one Markdown table row; with --accepted FILE writes the ids answered 201.
/// </summary>
internal static class RegistrationRush
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = args.Text("url").TrimEnd('/');
        var offerings = args.Text("offerings").Split(',').Select(Guid.Parse).ToArray();
        var residents = args.Number("residents", 1000);
        var connections = args.Number("connections", 10);
        var label = args.Optional("label") ?? $"{connections} connections";
        // --scale-out: a node is killed mid-rush, so requests in flight there break (nginx answers 502); what counts is
        // that every registration answered 201 is in the database.
        var nodeKilled = args.Optional("node-killed") == "yes";
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };

        var results = new Result[residents];
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < residents; i = Interlocked.Increment(ref next))
            {
                results[i] = await RegisterAsync(client, offerings[i % offerings.Length], i, label);
            }
        }));
        watch.Stop();

        if (args.Optional("accepted") is { } file)
        {
            await File.WriteAllLinesAsync(file, results.Where(r => r.Id is not null).Select(r => r.Id!.Value.ToString()));
        }
        var check = await RushCheck.RunAsync(args.Text("database"), offerings, results.Count(r => r.Status == 201),
            results.Where(r => r.Id is not null).Select(r => r.Id!.Value).ToList());
        Print(label, results, watch.Elapsed, check);
        return check.Passed && results.All(r => r.Acceptable || (nodeKilled && r.Status is 0 or 502)) ? 0 : 1;
    }

    private sealed record Result(int Status, double Ms, Guid? Id, bool RetryAfter)
    {
        /// <summary>201, or 503 with Retry-After (too much at once); any other 5xx, timeout or refusal is a failure.</summary>
        public bool Acceptable => Status == 201 || (Status == 503 && RetryAfter);
    }

    private static async Task<Result> RegisterAsync(HttpClient client, Guid offering, int resident, string label)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.PostAsJsonAsync($"/api/offerings/{offering}/registrations", new
            {
                name = $"Bewohnerin {resident}",
                email = string.Create(CultureInfo.InvariantCulture, $"rush-{resident}-{label.GetHashCode():x}@example.org"),
                postalCode = "07747",
            });
            Guid? id = null;
            if (response.StatusCode == HttpStatusCode.Created)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                id = body.RootElement.GetProperty("id").GetGuid();
            }
            else
            {
                await response.Content.ReadAsStringAsync();
            }
            return new Result((int)response.StatusCode, watch.Elapsed.TotalMilliseconds, id, response.Headers.RetryAfter is not null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // The connection broke (a node killed mid-request) or timed out: no answer is status 0.
            return new Result(0, watch.Elapsed.TotalMilliseconds, null, false);
        }
    }

    private static void Print(string label, Result[] results, TimeSpan elapsed, RushCheck.Findings check)
    {
        var ok = results.Where(r => r.Status == 201).Select(r => r.Ms).ToList();
        var statuses = string.Join(" ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        string Ms(int p) => ok.Count == 0 ? "–" : Harness.Percentile(ok, p).ToString("N0", CultureInfo.InvariantCulture);
        // One row: label | registrations/s | p50 | p95 | p99 | statuses | database check
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {ok.Count / elapsed.TotalSeconds:N0} | {Ms(50)} | {Ms(95)} | {Ms(99)} | {statuses} | {check.Summary} |"));
    }
}
