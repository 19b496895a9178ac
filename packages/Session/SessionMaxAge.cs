using System.Globalization;

namespace Koa;

/// <summary>
/// A session's <c>maxAge</c>: a number of milliseconds, or <see cref="Session"/> ("session": a cookie that ends
/// when the browser closes). Converts implicitly from <c>long</c> (milliseconds) and <see cref="TimeSpan"/>.
/// </summary>
public readonly record struct SessionMaxAge
{
    private SessionMaxAge(double milliseconds, bool isSession)
    {
        Milliseconds = milliseconds;
        IsSession = isSession;
    }

    /// <summary>npm's <c>maxAge: 'session'</c>.</summary>
    public static SessionMaxAge Session { get; } = new(0, true);

    /// <summary>The lifetime in milliseconds (0 for <see cref="Session"/>).</summary>
    public double Milliseconds { get; }

    /// <summary>Whether this is npm's <c>'session'</c>.</summary>
    public bool IsSession { get; }

    /// <summary>A lifetime in milliseconds.</summary>
    /// <param name="milliseconds">Milliseconds.</param>
    /// <returns>The max age.</returns>
    public static SessionMaxAge FromMilliseconds(double milliseconds) => new(milliseconds, false);

    /// <summary>A lifetime in milliseconds.</summary>
    /// <param name="milliseconds">Milliseconds.</param>
    public static implicit operator SessionMaxAge(long milliseconds) => FromMilliseconds(milliseconds);

    /// <summary>A lifetime.</summary>
    /// <param name="lifetime">The lifetime.</param>
    public static implicit operator SessionMaxAge(TimeSpan lifetime) => FromMilliseconds(lifetime.TotalMilliseconds);

    /// <summary>The named form of the conversion from <c>long</c>.</summary>
    /// <param name="milliseconds">Milliseconds.</param>
    /// <returns>The max age.</returns>
    public static SessionMaxAge FromInt64(long milliseconds) => FromMilliseconds(milliseconds);

    /// <summary>The named form of the conversion from <see cref="TimeSpan"/>.</summary>
    /// <param name="lifetime">The lifetime.</param>
    /// <returns>The max age.</returns>
    public static SessionMaxAge FromTimeSpan(TimeSpan lifetime) => FromMilliseconds(lifetime.TotalMilliseconds);

    /// <inheritdoc />
    public override string ToString() => IsSession ? "session" : Milliseconds.ToString(CultureInfo.InvariantCulture);
}
