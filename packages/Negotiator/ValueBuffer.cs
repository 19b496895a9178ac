using System.Buffers;

namespace Koa;

/// <summary>
/// A growable list over a caller-provided (usually stack) span that spills into <see cref="ArrayPool{T}"/>
/// arrays, so parsing a typical header allocates nothing. Dispose returns any rented array.
/// </summary>
internal ref struct ValueBuffer<T>
    where T : struct
{
    private Span<T> _items;
    private T[]? _rented;
    private int _count;

    public ValueBuffer(Span<T> initial)
    {
        _items = initial;
        _rented = null;
        _count = 0;
    }

    public readonly int Count => _count;

    public readonly Span<T> Items => _items[.._count];

    public readonly ref T this[int index] => ref _items[index];

    public void Add(in T item)
    {
        if (_count == _items.Length)
            Grow();
        _items[_count++] = item;
    }

    public void Clear() => _count = 0;

    public void Truncate(int count) => _count = Math.Min(count, _count);

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<T>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(16, _items.Length * 2));
        _items.CopyTo(larger);
        if (_rented is not null)
            ArrayPool<T>.Shared.Return(_rented);
        _rented = larger;
        _items = larger;
    }
}
