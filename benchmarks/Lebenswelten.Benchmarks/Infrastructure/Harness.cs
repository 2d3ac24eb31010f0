using System.Diagnostics;

namespace Lebenswelten.Benchmarks.Infrastructure;

/// <summary>One thing to time; it returns how many rows matched, so a wrong query cannot look fast by finding nothing.</summary>
public sealed record Scenario(string Name, Func<CancellationToken, Task<int>> Run);

public sealed record Measurement(string Name, int Matches, double MedianMs, double P95Ms, double MinMs);

/// <summary>
/// Warm-up rounds, then measured rounds; each round runs every scenario once, in order. Interleaving spreads
/// noise from other work on the machine over all scenarios alike, so their ratios to the baseline stay fair.
/// </summary>
public static class Harness
{
    public static async Task<IReadOnlyList<Measurement>> MeasureAsync(
        IReadOnlyList<Scenario> scenarios, int warmup, int runs, CancellationToken ct)
    {
        var matches = new int[scenarios.Count];
        var times = scenarios.Select(_ => new List<double>(runs)).ToArray();
        for (var round = 0; round < warmup + runs; round++)
        {
            for (var i = 0; i < scenarios.Count; i++)
            {
                var watch = Stopwatch.StartNew();
                matches[i] = await scenarios[i].Run(ct);
                watch.Stop();
                if (round >= warmup)
                {
                    times[i].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            Console.Error.Write(round < warmup ? "w" : ".");
        }
        Console.Error.WriteLine();
        return scenarios.Select((s, i) => new Measurement(
            s.Name, matches[i], Percentile(times[i], 50), Percentile(times[i], 95), times[i].Min())).ToList();
    }

    /// <summary>Nearest-rank percentile: with 20 runs, p95 is the 19th fastest, the median the 10th.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, int percent)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }
}
