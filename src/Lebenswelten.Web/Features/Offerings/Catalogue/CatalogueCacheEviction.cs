using System.Data.Common;
using System.Runtime.CompilerServices;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>
/// Evicts this node's cached catalogue once a change that shows in it is stored: after the save, or, inside a transaction,
/// after its commit, so that no request in between caches the old answer again for a whole expiry. One instance serves
/// every (pooled) context, so what is pending is kept per context, not in a field.
/// </summary>
internal sealed class CatalogueCacheEviction(IOutputCacheStore cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<string?> Shown =
        [typeof(Offering).Namespace, typeof(Organisation).Namespace, typeof(Site).Namespace];

    private readonly ConditionalWeakTable<DbContext, StrongBox<bool>> pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await EvictAsync(eventData.Context);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            EvictAsync(eventData.Context).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default) => await EvictAsync(eventData.Context);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictAsync(eventData.Context).AsTask().GetAwaiter().GetResult();

    // Nothing of a rolled-back transaction was stored: the context goes back to the pool with nothing pending.
    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(entry =>
            entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && Shown.Contains(entry.Metadata.ClrType.Namespace)))
        {
            pending.GetOrCreateValue(context).Value = true;
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var flag))
        {
            flag.Value = false;
        }
    }

    private async ValueTask EvictAsync(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var flag) && flag.Value)
        {
            flag.Value = false;
            await cache.EvictByTagAsync(CatalogueCache.Tag, CancellationToken.None);
        }
    }
}
