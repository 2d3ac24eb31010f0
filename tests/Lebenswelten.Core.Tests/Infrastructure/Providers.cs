using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Lebenswelten.Core.Tests.Infrastructure;

/// <summary>
/// Runs a database theory once per provider, the embedded default and PostgreSQL: <c>[Theory, BothProviders]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothProvidersAttribute : DataAttribute
{
    public static readonly DatabaseProvider[] All = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new(All.Select(provider => (ITheoryDataRow)new TheoryDataRow<DatabaseProvider>(provider)).ToList());

    public override bool SupportsDiscoveryEnumeration() => true;
}
