using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Koa;

/// <summary>
/// The UTF-8 bytes of some text, in the caller's stack buffer when they fit, else in a pooled array returned by
/// <see cref="Dispose"/> (which can also wipe them, for key material). Node encodes HMAC keys and data the same way,
/// lone surrogates included (U+FFFD).
/// </summary>
internal ref struct Utf8Buffer
{
    /// <summary>A stack buffer of this size holds most keys and cookie <c>name=value</c> pairs.</summary>
    public const int StackSize = 256;

    private readonly byte[]? _rented;
    private readonly bool _wipe;

    public Utf8Buffer(ReadOnlySpan<char> text, Span<byte> stack, bool wipe = false)
    {
        var count = Encoding.UTF8.GetByteCount(text);
        var buffer = count <= stack.Length ? stack : (_rented = ArrayPool<byte>.Shared.Rent(count));
        Bytes = buffer[..Encoding.UTF8.GetBytes(text, buffer)];
        _wipe = wipe;
    }

    public Span<byte> Bytes { get; }

    public readonly void Dispose()
    {
        if (_wipe)
            CryptographicOperations.ZeroMemory(Bytes);
        if (_rented is not null)
            ArrayPool<byte>.Shared.Return(_rented);
    }
}
