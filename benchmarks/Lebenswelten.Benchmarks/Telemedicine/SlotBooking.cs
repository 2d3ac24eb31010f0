using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lebenswelten.Benchmarks.Http;
using Lebenswelten.Benchmarks.Infrastructure;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Benchmarks.Telemedicine;

/// <summary>
/// Benchmark 3's booking (issue 21): practice software books free slots through POST /fhir/Appointment/$book (ISiK
/// Terminplanung), from a fixed number of connections, each for a practice of its own and sending its next request when
/// the last is answered. Then contested pairs: two requests for one slot at once, of which exactly one may win and
/// the other must get 409 with an OperationOutcome. Afterwards the database is checked (<see cref="BookingCheck"/>).
/// Prints two Markdown table rows.
/// </summary>
internal static class SlotBooking
{
    private const string KindSystem = "https://lebenswelten.example/fhir/CodeSystem/consultation-kind";

    public static async Task<int> RunAsync(Arguments args)
    {
        var url = args.Text("url").TrimEnd('/');
        var site = args.Text("site");
        var bookers = args.Text("bookers").Split(',');
        // The schedules of the bookers' practices, in the same order: connection c books for practice c.
        var schedules = args.Text("schedules").Split(',').Select(Guid.Parse).ToArray();
        var bookings = args.Number("bookings", 500);
        var pairs = args.Number("contested", 10);
        var connections = bookers.Length;
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };

        var tokens = new string[connections];
        for (var i = 0; i < connections; i++)
        {
            tokens[i] = await PracticeLogin.TokenAsync(client, bookers[i], args.Text("password"), args.Text("totp"));
        }
        var free = await FreeSlotsAsync(client, site, schedules);
        var perConnection = bookings / connections;
        if (free.Any(f => f.Count < perConnection))
        {
            Console.Error.WriteLine($"too few free slots: {string.Join(", ", free.Select(f => f.Count))} for {perConnection} each");
            return 1;
        }

        var distinct = new Result[perConnection * connections];
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            for (var i = 0; i < perConnection; i++)
            {
                distinct[c * perConnection + i] = await BookAsync(client, tokens[c], free[c][i], $"{c}-{i}");
            }
        }));
        var distinctTime = watch.Elapsed;

        // Contested: two requests of one practice for the same slot at the same moment, chosen among the slots still
        // free now and at different times, so that no other pair competes for its room; five pairs at once, so ten
        // requests are in flight as in the first phase.
        var used = new HashSet<string>();
        var still = await FreeSlotsAsync(client, site, schedules);
        var contestedSlots = Enumerable.Range(0, pairs).Select(p =>
        {
            var slot = still[p % connections].First(s => used.Add(s[33..]));
            return (Connection: p % connections, Slot: slot);
        }).ToList();
        var contested = new (Result A, Result B)[pairs];
        watch.Restart();
        var nextPair = -1;
        await Task.WhenAll(Enumerable.Range(0, connections / 2).Select(async _ =>
        {
            for (var p = Interlocked.Increment(ref nextPair); p < pairs; p = Interlocked.Increment(ref nextPair))
            {
                var (c, slot) = contestedSlots[p];
                var both = await Task.WhenAll(BookAsync(client, tokens[c], slot, $"x{p}a"), BookAsync(client, tokens[c], slot, $"x{p}b"));
                contested[p] = (both[0], both[1]);
            }
        }));
        var contestedTime = watch.Elapsed;

        var all = distinct.Concat(contested.SelectMany(p => new[] { p.A, p.B })).ToList();
        var check = await BookingCheck.RunAsync(args.Text("database"), all.Where(r => r.Id is not null).Select(r => r.Id!.Value).ToList(),
            contestedSlots.Select(p => p.Slot).ToList());
        var pairsOk = contested.Count(p => (p.A.Status == 201 && p.B is { Status: 409, Outcome: true })
            || (p.B.Status == 201 && p.A is { Status: 409, Outcome: true }));
        Print($"{connections} connections, distinct free slots", distinct, distinctTime, check.Summary);
        Print($"{pairs} contested pairs (two requests, one slot)", contested.SelectMany(p => new[] { p.A, p.B }).ToArray(), contestedTime,
            $"{pairsOk} of {pairs} pairs: one 201, one 409 OperationOutcome");
        var distinctOk = distinct.All(r => r.Status == 201 || (r.Status == 409 && r.Outcome));
        return check.Passed && distinctOk && pairsOk == pairs ? 0 : 1;
    }

    private sealed record Result(string Slot, int Status, double Ms, Guid? Id, bool Outcome);

    /// <summary>
    /// Each connection's practice's free slots from tomorrow on, in a fixed shuffled order (so that the connections do
    /// not all book the same mornings), as the public JSON API lists them for the whole site: one request, not paged.
    /// </summary>
    private static async Task<List<string>[]> FreeSlotsAsync(HttpClient client, string site, Guid[] schedules)
    {
        var today = BerlinTime.LocalDate(DateTimeOffset.UtcNow);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var slots = await client.GetFromJsonAsync<JsonElement>(
            $"/api/sites/{site}/telemedicine/slots?from={Day(today.AddDays(1))}&to={Day(today.AddDays(SlotFinderMaxDays - 1))}");
        var bySchedule = slots.EnumerateArray().ToLookup(s => s.GetProperty("scheduleId").GetGuid(), s => s.GetProperty("id").GetString()!);
        return schedules.Select((s, c) => bySchedule[s].Shuffle(new Random(c))).ToArray();
    }

    private const int SlotFinderMaxDays = Core.Telemedicine.SlotFinder.MaxDays;

    private static async Task<Result> BookAsync(HttpClient client, string token, string slot, string patient)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Appointment/$book")
        {
            Content = new StringContent(Parameters(slot, patient), Encoding.UTF8, "application/fhir+json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var ms = watch.Elapsed.TotalMilliseconds;
            using var json = JsonDocument.Parse(body);
            var type = json.RootElement.TryGetProperty("resourceType", out var t) ? t.GetString() : null;
            var status = (int)response.StatusCode;
            Guid? id = status == 201 && type == "Appointment" ? Guid.Parse(json.RootElement.GetProperty("id").GetString()!) : null;
            // ISiK: a taken slot is 409 with an OperationOutcome whose issue says "conflict".
            var outcome = type == "OperationOutcome" && response.Content.Headers.ContentType?.MediaType == "application/fhir+json"
                && json.RootElement.GetProperty("issue").EnumerateArray().Any(i => i.GetProperty("code").GetString() == "conflict");
            if (status is not (201 or 409))
            {
                Console.Error.WriteLine($"$book {slot}: {status} {body}");
            }
            return new Result(slot, status, ms, id, outcome);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            Console.Error.WriteLine($"$book {slot}: {e.Message}");
            return new Result(slot, 0, watch.Elapsed.TotalMilliseconds, null, false);
        }
    }

    /// <summary>A proposed Appointment in a Parameters resource, as ISiK's $book takes it: the slot, the kind, a contained patient.</summary>
    private static string Parameters(string slot, string patient) => JsonSerializer.Serialize(new
    {
        resourceType = "Parameters",
        parameter = new[]
        {
            new
            {
                name = "appt-resource",
                resource = new
                {
                    resourceType = "Appointment",
                    status = "proposed",
                    contained = new[]
                    {
                        new
                        {
                            resourceType = "Patient", id = "p1", name = new[] { new { text = $"Patientin {patient}" } },
                            telecom = new[] { new { system = "email", value = $"tm-{patient}-{slot}@benchmark.example" } },
                        },
                    },
                    slot = new[] { new { reference = $"Slot/{slot}" } },
                    serviceType = new[] { new { coding = new[] { new { system = KindSystem, code = "follow-up" } } } },
                    participant = new[] { new { actor = new { reference = "#p1" }, status = "accepted" } },
                },
            },
        },
    });

    private static void Print(string label, Result[] results, TimeSpan elapsed, string check)
    {
        var times = results.Where(r => r.Status != 0).Select(r => r.Ms).ToList();
        var statuses = string.Join(" ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        string Ms(int p) => times.Count == 0 ? "–" : Harness.Percentile(times, p).ToString("N0", CultureInfo.InvariantCulture);
        // One row: label | requests/s | p50 | p95 | p99 | answers | check
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {results.Length / elapsed.TotalSeconds:N0} | {Ms(50)} | {Ms(95)} | {Ms(99)} | {statuses} | {check} |"));
    }
}

internal static class ShuffleExtensions
{
    /// <summary>Fisher–Yates with the given generator: the same order on every run.</summary>
    public static List<T> Shuffle<T>(this IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
