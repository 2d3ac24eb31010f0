using System.Globalization;

namespace Lebenswelten.Benchmarks.Infrastructure;

/// <summary>A Markdown table for docs/BENCHMARKS.md; the first measurement is the baseline every ratio divides by.</summary>
public static class ResultTable
{
    public static void Print(IReadOnlyList<Measurement> measurements)
    {
        var baseline = measurements[0].MedianMs;
        Console.WriteLine();
        Console.WriteLine("| scenario | matches | median ms | p95 ms | min ms | ratio (median / baseline) |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|");
        foreach (var m in measurements)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {m.Name} | {m.Matches:N0} | {m.MedianMs:F1} | {m.P95Ms:F1} | {m.MinMs:F1} | {m.MedianMs / baseline:F1}× |"));
        }
    }
}
