namespace Koa;

/// <summary>
/// A thread-safe pool of idle dispatchers: one fast slot (the one a synchronous chain reuses on every call), behind
/// it a locked stack for the dispatchers of concurrent (asynchronous) invocations. A dispatcher that does not fit is
/// left to the garbage collector.
/// </summary>
/// <remarks>
/// Renting takes the fast slot with an atomic exchange, so two renters never get the same dispatcher. Returning
/// fills an empty fast slot with a plain (release) write instead of a compare-and-swap: two returners racing for the
/// empty slot may overwrite one another, and the loser — idle, owned by nobody — is merely collected. The write
/// publishes the dispatcher's reset state to the next renter, whose exchange is a full fence.
/// </remarks>
internal sealed class DispatcherPool<TContext>
{
    /// <summary>How many idle dispatchers the locked stack keeps, beyond the fast slot.</summary>
    internal const int Capacity = 256;

    private readonly Lock _gate = new();
    private Dispatcher<TContext>? _fast;
    private Dispatcher<TContext>?[] _items = [];
    private int _count;

    /// <summary>Takes an idle dispatcher, or returns <see langword="null"/> when there is none.</summary>
    public Dispatcher<TContext>? Rent()
    {
        var dispatcher = Interlocked.Exchange(ref _fast, null);
        if (dispatcher is not null || Volatile.Read(ref _count) == 0)
            return dispatcher;

        lock (_gate)
        {
            if (_count == 0)
                return null;
            dispatcher = _items[--_count];
            _items[_count] = null;
            return dispatcher;
        }
    }

    /// <summary>Keeps an idle dispatcher for a later <see cref="Rent"/>.</summary>
    public void Return(Dispatcher<TContext> dispatcher)
    {
        if (Volatile.Read(ref _fast) is null)
        {
            Volatile.Write(ref _fast, dispatcher);
            return;
        }

        lock (_gate)
        {
            if (_count == _items.Length)
            {
                if (_count == Capacity)
                    return;
                Array.Resize(ref _items, Math.Min(Capacity, Math.Max(4, _count * 2)));
            }

            _items[_count++] = dispatcher;
        }
    }

    /// <summary>The number of idle dispatchers held (for tests).</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
                return _count + (Volatile.Read(ref _fast) is null ? 0 : 1);
        }
    }
}
