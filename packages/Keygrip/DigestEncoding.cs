using System.Buffers.Text;

namespace Koa;

/// <summary>
/// How a digest is written as text. keygrip calls <c>hmac.digest(encoding)</c> and then replaces
/// <c>/</c> → <c>_</c>, <c>+</c> → <c>-</c> and drops <c>=</c>, so <c>'base64'</c> (the default) and
/// <c>'base64url'</c> both give unpadded base64url, and <c>'hex'</c> gives lower-case hex.
/// </summary>
internal enum DigestEncoding
{
    Base64Url,
    Hex,
}

internal static class DigestEncodings
{
    /// <summary>The longest digest text in chars (SHA-512 as hex).</summary>
    public const int MaxLength = DigestAlgorithms.MaxHashSize * 2;

    public static bool TryParse(string name, out DigestEncoding encoding)
    {
        if (name.Equals("base64", StringComparison.OrdinalIgnoreCase) || name.Equals("base64url", StringComparison.OrdinalIgnoreCase))
            encoding = DigestEncoding.Base64Url;
        else if (name.Equals("hex", StringComparison.OrdinalIgnoreCase))
            encoding = DigestEncoding.Hex;
        else
        {
            encoding = default;
            return false;
        }
        return true;
    }

    /// <summary>Length in chars of a digest of <paramref name="hashSize"/> bytes.</summary>
    public static int Length(DigestEncoding encoding, int hashSize) =>
        encoding == DigestEncoding.Hex ? hashSize * 2 : Base64Url.GetEncodedLength(hashSize);

    /// <summary>Writes <paramref name="hash"/> as text; <paramref name="destination"/> holds <see cref="Length"/> chars.</summary>
    public static int Encode(DigestEncoding encoding, ReadOnlySpan<byte> hash, Span<char> destination)
    {
        if (encoding == DigestEncoding.Hex)
        {
            Convert.TryToHexStringLower(hash, destination, out var written);
            return written;
        }
        return Base64Url.EncodeToChars(hash, destination);
    }
}
