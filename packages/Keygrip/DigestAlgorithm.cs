using System.Security.Cryptography;

namespace Koa;

/// <summary>
/// The HMAC digests Keygrip signs with. Node's <c>crypto.createHmac</c> takes OpenSSL digest names
/// case-insensitively (<c>'sha1'</c>, <c>'SHA256'</c>); the port accepts the SHA-1/SHA-2 family under the same names.
/// </summary>
internal enum DigestAlgorithm
{
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}

internal static class DigestAlgorithms
{
    /// <summary>The largest HMAC output in bytes (SHA-512).</summary>
    public const int MaxHashSize = 64;

    public static bool TryParse(string name, out DigestAlgorithm algorithm)
    {
        if (name.Equals("sha1", StringComparison.OrdinalIgnoreCase))
            algorithm = DigestAlgorithm.Sha1;
        else if (name.Equals("sha256", StringComparison.OrdinalIgnoreCase))
            algorithm = DigestAlgorithm.Sha256;
        else if (name.Equals("sha384", StringComparison.OrdinalIgnoreCase))
            algorithm = DigestAlgorithm.Sha384;
        else if (name.Equals("sha512", StringComparison.OrdinalIgnoreCase))
            algorithm = DigestAlgorithm.Sha512;
        else
        {
            algorithm = default;
            return false;
        }
        return true;
    }

    public static int HashSize(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Sha1 => HMACSHA1.HashSizeInBytes,
        DigestAlgorithm.Sha256 => HMACSHA256.HashSizeInBytes,
        DigestAlgorithm.Sha384 => HMACSHA384.HashSizeInBytes,
        _ => HMACSHA512.HashSizeInBytes,
    };
}
