namespace Koa;

/// <summary>
/// A thread-safe pool of idle dispatchers: one slot taken and filled with atomic exchanges (the slot a synchronous
/// chain reuses on every call), behind it a small locked stack for the dispatchers of concurrent (asynchronous)
/// invocations. A dispatcher that does not fit is left to the garbage collector.
/// </summary>
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
        if (Interlocked.CompareExchange(ref _fast, dispatcher, null) is null)
            return;

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
