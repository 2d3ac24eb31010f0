using Lebenswelten.Benchmarks;
using Lebenswelten.Benchmarks.Catalogue;

// Speed is measured here, not in timed tests; results go to docs/BENCHMARKS.md.
if (!BenchmarkOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}
await CatalogueBenchmark.RunAsync(options);
return 0;
