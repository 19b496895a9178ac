using System.Buffers;

namespace Koa;

/// <summary>
/// A parsed accept-style header, as the shared negotiation steps see it. Implemented by one ref struct per
/// grammar (<see cref="AcceptMediaTypes"/>, <see cref="AcceptLanguages"/>, <see cref="AcceptTokens"/> for
/// charsets and encodings), each over its own entry layout; disposing returns any pooled buffer.
/// </summary>
internal interface IAcceptList : IDisposable
{
    /// <summary>How many entries the header parsed into (invalid items dropped).</summary>
    int Count { get; }

    /// <summary>The entry's q-value as <c>parseFloat</c> read it.</summary>
    double Quality(int entry);

    /// <summary>The entry's position among the header's items (negotiator's <c>i</c> / <c>o</c>).</summary>
    int Position(int entry);

    /// <summary>The entry as listed when no values are provided (<c>getFullType</c> and friends).</summary>
    string Name(int entry);

    /// <summary>Prepares matching against one provided value; false when it can never match (it does not parse).</summary>
    bool SetCandidate(string value);

    /// <summary>The specificity bits of the entry for the current candidate, or -1 when it does not match.</summary>
    int Specificity(int entry);
}

/// <summary>
/// The negotiation steps every header shares (<c>preferredX(accept, provided)</c> in negotiator 0.6.3):
/// pick the best entry for each provided value, drop the unacceptable, order by preference.
/// </summary>
internal static class Negotiation
{
    private const int StackPriorities = 16;

    /// <summary>
    /// <c>preferredX(accept, provided)</c>: the acceptable <paramref name="available"/> values best first, or the
    /// header's own entries when it is null. Disposes the list.
    /// </summary>
    public static IReadOnlyList<string> Preferred<TList>(scoped ref TList list, IReadOnlyList<string>? available, IReadOnlyList<string>? preferred = null)
        where TList : IAcceptList, allows ref struct
    {
        try
        {
            return available is null ? Listed(ref list, preferred) : Provided(ref list, available, preferred);
        }
        finally
        {
            list.Dispose();
        }
    }

    /// <summary>The first of <see cref="Preferred"/>, or null, found without sorting. Disposes the list.</summary>
    public static string? Best<TList>(scoped ref TList list, IReadOnlyList<string>? available, IReadOnlyList<string>? preferred = null)
        where TList : IAcceptList, allows ref struct
    {
        try
        {
            return available is null ? BestListed(ref list, preferred) : BestProvided(ref list, available, preferred);
        }
        finally
        {
            list.Dispose();
        }
    }

    /// <summary>The header's own entries, best first (<c>provided</c> undefined).</summary>
    private static IReadOnlyList<string> Listed<TList>(scoped ref TList list, IReadOnlyList<string>? preferred)
        where TList : IAcceptList, allows ref struct
    {
        Priority[]? rented = null;
        var buffer = list.Count <= StackPriorities ? stackalloc Priority[StackPriorities] : (rented = ArrayPool<Priority>.Shared.Rent(list.Count));
        try
        {
            var ranked = buffer[..RankListed(ref list, buffer, preferred)];
            if (ranked.IsEmpty)
                return [];
            Sort(ranked, new PreferenceOrder(preferred is not null));
            var names = new string[ranked.Length];
            for (var k = 0; k < names.Length; k++)
                names[k] = list.Name(ranked[k].Index);
            return names;
        }
        finally
        {
            if (rented is not null)
                ArrayPool<Priority>.Shared.Return(rented);
        }
    }

    /// <summary>The header's best entry, or null.</summary>
    private static string? BestListed<TList>(scoped ref TList list, IReadOnlyList<string>? preferred)
        where TList : IAcceptList, allows ref struct
    {
        Priority[]? rented = null;
        var buffer = list.Count <= StackPriorities ? stackalloc Priority[StackPriorities] : (rented = ArrayPool<Priority>.Shared.Rent(list.Count));
        try
        {
            var ranked = buffer[..RankListed(ref list, buffer, preferred)];
            return ranked.IsEmpty ? null : list.Name(Top(ranked, new PreferenceOrder(preferred is not null)).Index);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<Priority>.Shared.Return(rented);
        }
    }

    /// <summary>The acceptable provided values, best first, as the provided strings.</summary>
    private static IReadOnlyList<string> Provided<TList>(scoped ref TList list, IReadOnlyList<string> provided, IReadOnlyList<string>? preferred)
        where TList : IAcceptList, allows ref struct
    {
        Priority[]? rented = null;
        var buffer = provided.Count <= StackPriorities ? stackalloc Priority[StackPriorities] : (rented = ArrayPool<Priority>.Shared.Rent(provided.Count));
        try
        {
            var ranked = buffer[..RankProvided(ref list, provided, buffer, preferred)];
            if (ranked.IsEmpty)
                return [];
            Sort(ranked, new PreferenceOrder(preferred is not null));
            var values = new string[ranked.Length];
            for (var k = 0; k < values.Length; k++)
                values[k] = provided[ranked[k].Index];
            return values;
        }
        finally
        {
            if (rented is not null)
                ArrayPool<Priority>.Shared.Return(rented);
        }
    }

    /// <summary>The best acceptable provided value, or null.</summary>
    private static string? BestProvided<TList>(scoped ref TList list, IReadOnlyList<string> provided, IReadOnlyList<string>? preferred)
        where TList : IAcceptList, allows ref struct
    {
        Priority[]? rented = null;
        var buffer = provided.Count <= StackPriorities ? stackalloc Priority[StackPriorities] : (rented = ArrayPool<Priority>.Shared.Rent(provided.Count));
        try
        {
            var ranked = buffer[..RankProvided(ref list, provided, buffer, preferred)];
            return ranked.IsEmpty ? null : provided[Top(ranked, new PreferenceOrder(preferred is not null)).Index];
        }
        finally
        {
            if (rented is not null)
                ArrayPool<Priority>.Shared.Return(rented);
        }
    }

    // accepts.filter(isQuality): the entries carry no s and no o, so compareSpecs orders them by q, then i
    // (entry numbers grow with header positions, so they serve as i).
    // With preferred, an entry's position there is looked up by its listed name.
    private static int RankListed<TList>(scoped ref TList list, scoped Span<Priority> ranked, IReadOnlyList<string>? preferred)
        where TList : IAcceptList, allows ref struct
    {
        var count = 0;
        for (var entry = 0; entry < list.Count; entry++)
        {
            var quality = list.Quality(entry);
            if (quality > 0)
                ranked[count++] = new Priority(entry, 0, quality, 0) { Preference = IndexOf(preferred, preferred is null ? null : list.Name(entry)) };
        }
        return count;
    }

    // provided.map(getXPriority).filter(isQuality): for each value the best entry by s, then q, then the
    // later header position.
    private static int RankProvided<TList>(scoped ref TList list, IReadOnlyList<string> provided, scoped Span<Priority> ranked, IReadOnlyList<string>? preferred)
        where TList : IAcceptList, allows ref struct
    {
        var count = 0;
        for (var index = 0; index < provided.Count; index++)
        {
            var value = provided[index] ?? throw new ArgumentException("available must not contain null", "available");
            if (!list.SetCandidate(value))
                continue;
            var priority = Priority.None(index);
            for (var entry = 0; entry < list.Count; entry++)
            {
                var specificity = list.Specificity(entry);
                if (specificity < 0)
                    continue;
                var quality = list.Quality(entry);
                var order = list.Position(entry);
                if (priority.IsImprovedBy(specificity, quality, order))
                    priority = new Priority(index, order, quality, specificity);
            }
            if (priority.IsAcceptable)
                ranked[count++] = preferred is null ? priority : priority with { Preference = IndexOf(preferred, value) };
        }
        return count;
    }

    // preferred.indexOf(value): strict equality, so case-sensitive.
    private static int IndexOf(IReadOnlyList<string>? preferred, string? value)
    {
        if (preferred is null)
            return -1;
        for (var k = 0; k < preferred.Count; k++)
        {
            if (string.Equals(preferred[k], value, StringComparison.Ordinal))
                return k;
        }
        return -1;
    }

    // Headers usually list entries best first, so an ordered list is left as it is.
    private static void Sort(Span<Priority> ranked, PreferenceOrder order)
    {
        for (var k = 1; k < ranked.Length; k++)
        {
            if (order.Compare(ranked[k - 1], ranked[k]) > 0)
            {
                ranked.Sort(order);
                return;
            }
        }
    }

    private static Priority Top(ReadOnlySpan<Priority> ranked, PreferenceOrder order)
    {
        var best = ranked[0];
        for (var k = 1; k < ranked.Length; k++)
        {
            if (order.Compare(ranked[k], best) < 0)
                best = ranked[k];
        }
        return best;
    }
}
