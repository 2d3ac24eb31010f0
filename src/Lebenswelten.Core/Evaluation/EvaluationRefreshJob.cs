using Quartz;

namespace Lebenswelten.Core.Evaluation;

/// <summary>Counts every site's figures again (Evaluation:RefreshIntervalMinutes), so that dashboards read ready cells.</summary>
[DisallowConcurrentExecution]
public sealed class EvaluationRefreshJob(ReachRefresh refresh) : IJob
{
    public const string Key = "evaluation-refresh";

    public Task Execute(IJobExecutionContext context) => refresh.RefreshAllAsync(context.CancellationToken);
}
