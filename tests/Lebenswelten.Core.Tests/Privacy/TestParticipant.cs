using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Tests.Privacy;

/// <summary>A capability still to come, as it would take part in privacy: its section, its erasure, its retention.</summary>
public class TestParticipant : IPersonalDataParticipant
{
    public const string Name = "Future";

    public string Capability => Name;

    public Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct) =>
        Task.FromResult<PersonalDataSection?>(new FutureSection([$"note about {userId}"]));

    public virtual Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct) => Task.FromResult(2);

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct) => Task.FromResult(3);
}

/// <summary>A capability whose erasure fails, after every capability registered before it has done its part.</summary>
public sealed class FailingParticipant : TestParticipant
{
    public override Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct) =>
        throw new InvalidOperationException("the future capability refuses");
}

public sealed record FutureSection(IReadOnlyList<string> Notes) : PersonalDataSection(TestParticipant.Name);
