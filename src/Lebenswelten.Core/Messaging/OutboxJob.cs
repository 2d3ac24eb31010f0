using Quartz;

namespace Lebenswelten.Core.Messaging;

/// <summary>Sends what is due in the outbox; one run at a time, so no message goes out twice from this node.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxJob(OutboxSender sender) : IJob
{
    public const string Key = "messaging-outbox";

    public Task Execute(IJobExecutionContext context) => sender.SendDueAsync(context.CancellationToken);
}
