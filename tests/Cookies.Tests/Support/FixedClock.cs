namespace Koa.Tests.Support;

/// <summary>A clock frozen at one instant, as the upstream tests freeze node's <c>Date.now</c>.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset DefaultNow = DateTimeOffset.FromUnixTimeMilliseconds(1763700000123);

    public FixedClock()
        : this(DefaultNow)
    {
    }

    public DateTimeOffset Now { get; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
