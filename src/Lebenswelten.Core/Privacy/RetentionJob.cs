using Quartz;

namespace Lebenswelten.Core.Privacy;

[DisallowConcurrentExecution]
public sealed class RetentionJob(Retention retention) : IJob
{
    public const string Key = "privacy-retention";

    public Task Execute(IJobExecutionContext context) => retention.RunAsync(context.CancellationToken);
}
