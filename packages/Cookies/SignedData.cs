using System.Buffers;

namespace Koa;

/// <summary>
/// The text a cookie's signature covers, <c>name=value</c> (upstream: <c>keys.sign(cookie.toString())</c>), written
/// into the caller's stack buffer when it fits, else into a pooled array returned by <see cref="Dispose"/>.
/// </summary>
internal ref struct SignedData
{
    /// <summary>A stack buffer of this size holds the usual session cookie.</summary>
    public const int StackSize = 256;

    private readonly char[]? _rented;

    public SignedData(ReadOnlySpan<char> name, ReadOnlySpan<char> value, Span<char> stack)
    {
        var length = name.Length + 1 + value.Length;
        var buffer = length <= stack.Length ? stack : (_rented = ArrayPool<char>.Shared.Rent(length));
        name.CopyTo(buffer);
        buffer[name.Length] = '=';
        value.CopyTo(buffer[(name.Length + 1)..]);
        Chars = buffer[..length];
    }

    public ReadOnlySpan<char> Chars { get; }

    public readonly void Dispose()
    {
        if (_rented is not null)
            ArrayPool<char>.Shared.Return(_rented);
    }
}
