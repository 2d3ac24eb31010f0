using Lebenswelten.Benchmarks;
using Lebenswelten.Benchmarks.Catalogue;
using Lebenswelten.Benchmarks.Http;
using Lebenswelten.Benchmarks.Telemedicine;
using Lebenswelten.Benchmarks.Reach;

// Speed is measured here, not in timed tests; results go to docs/BENCHMARKS.md.
// "catalogue" times the query in process; the others are steps of benchmarks/run.sh (the whole request over HTTP).
switch (args.FirstOrDefault())
{
    case "seed-http":
        return await HttpSeeder.RunAsync(Arguments.Parse(args));
    case "rush":
        return await RegistrationRush.RunAsync(Arguments.Parse(args));
    case "seed-telemedicine":
        return await TelemedicineSeeder.RunAsync(Arguments.Parse(args));
    case "tm-token":
        return await PracticeLogin.RunAsync(Arguments.Parse(args));
    case "book":
        return await SlotBooking.RunAsync(Arguments.Parse(args));
    case "slots-inprocess":
        return await SlotQueryBenchmark.RunAsync(Arguments.Parse(args));
    case "reach-seed":
        return await ReachSeeder.RunAsync(Arguments.Parse(args));
    case "reach-refresh":
        return await ReachInProcess.RunAsync(Arguments.Parse(args));
    case "reach-login":
        return await ReachLogin.RunAsync(Arguments.Parse(args));
}
if (!BenchmarkOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}
await CatalogueBenchmark.RunAsync(options);
return 0;
