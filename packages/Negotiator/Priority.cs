namespace Koa;

/// <summary>
/// How well one header entry matches one value: negotiator's <c>{ i, o, q, s }</c>.
/// </summary>
/// <param name="Index">The value's position in the provided list (<c>i</c>), or the entry's position when
/// the header itself is listed.</param>
/// <param name="Order">The matching entry's position in the header (<c>o</c>); -1 when nothing matched.</param>
/// <param name="Quality">The matching entry's q-value (<c>q</c>), as <c>parseFloat</c> read it (NaN possible).</param>
/// <param name="Specificity">The specificity bits of the match (<c>s</c>).</param>
internal readonly record struct Priority(int Index, int Order, double Quality, int Specificity)
{
    /// <summary>
    /// The value's position in negotiator 1.x's <c>preferred</c> list (<c>preferred.indexOf(encoding)</c>), -1 when
    /// it is not there or no list was given.
    /// </summary>
    public int Preference { get; init; } = -1;

    /// <summary>The starting point of <c>getXPriority</c>: <c>{ o: -1, q: 0, s: 0 }</c>.</summary>
    public static Priority None(int index) => new(index, -1, 0, 0);

    /// <summary>Negotiator's <c>isQuality</c>: <c>q &gt; 0</c> (false for NaN).</summary>
    public bool IsAcceptable => Quality > 0;

    /// <summary>
    /// Whether a matching entry replaces this priority: JavaScript's
    /// <c>(priority.s - spec.s || priority.q - spec.q || priority.o - spec.o) &lt; 0</c>, where a difference of 0
    /// or NaN (a NaN q, or two equal infinities) falls through to the next term.
    /// </summary>
    public bool IsImprovedBy(int specificity, double quality, int order)
    {
        if (Specificity != specificity)
            return Specificity < specificity;
        var difference = Quality - quality;
        if (difference != 0 && !double.IsNaN(difference))
            return difference < 0;
        return Order < order;
    }
}

/// <summary>
/// Negotiator's <c>compareSpecs</c>: q descending, then specificity descending, then header order, then
/// provided order. The last key is unique, so this is a total order and any sort gives the stable result.
/// With <c>preferred</c> (negotiator 1.x <c>encodings(available, { preferred })</c>), equal q-values put the values
/// found in <c>preferred</c> first, in its order, and the others after them in <c>compareSpecs</c> order; ties
/// between equal preferred positions keep the provided order, as JavaScript's stable sort does.
/// </summary>
/// <param name="usePreferred">Whether <see cref="Priority.Preference"/> takes part (a <c>preferred</c> list was given).</param>
internal readonly struct PreferenceOrder(bool usePreferred) : IComparer<Priority>
{
    public int Compare(Priority x, Priority y)
    {
        var order = y.Quality.CompareTo(x.Quality);
        if (order != 0)
            return order;
        if (usePreferred && (x.Preference >= 0 || y.Preference >= 0))
        {
            if (x.Preference < 0)
                return 1;
            if (y.Preference < 0)
                return -1;
            order = x.Preference.CompareTo(y.Preference);
            return order != 0 ? order : x.Index.CompareTo(y.Index);
        }
        order = y.Specificity.CompareTo(x.Specificity);
        if (order != 0)
            return order;
        order = x.Order.CompareTo(y.Order);
        return order != 0 ? order : x.Index.CompareTo(y.Index);
    }
}
