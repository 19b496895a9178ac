using System.Net;
using System.Net.Sockets;

namespace Koa;

/// <summary>
/// node's <c>net.isIP</c>: a strict dotted-quad IPv4 (no leading zeros, no shorthands) or an IPv6 address (zone
/// index allowed). <see cref="IPAddress.TryParse(string?, out IPAddress?)"/> alone accepts <c>"1"</c> or <c>"0x7f.1"</c>.
/// </summary>
internal static class IpAddresses
{
    public static bool IsIP(ReadOnlySpan<char> value) => IsIPv4(value) || IsIPv6(value);

    // dec-octet "." dec-octet "." dec-octet "." dec-octet, dec-octet = 25[0-5] / 2[0-4]DIGIT / 1DIGIT DIGIT / [1-9]DIGIT / DIGIT
    public static bool IsIPv4(ReadOnlySpan<char> value)
    {
        var parts = 0;
        var i = 0;
        while (true)
        {
            var start = i;
            while (i < value.Length && char.IsAsciiDigit(value[i])) i++;
            var length = i - start;
            if (length is 0 or > 3) return false;
            if (length > 1 && value[start] == '0') return false;
            var number = 0;
            for (var j = start; j < i; j++) number = (number * 10) + (value[j] - '0');
            if (number > 255) return false;
            parts++;
            if (i == value.Length) return parts == 4;
            if (value[i] != '.' || parts == 4) return false;
            i++;
        }
    }

    public static bool IsIPv6(ReadOnlySpan<char> value) =>
        value.Contains(':') && !value.ContainsAny('[', ']') && IPAddress.TryParse(value, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
}
