using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>
/// The upstream tests' <c>whenAccept…(value, fn)</c> helpers: a negotiator over a request whose header is
/// set as upstream's <c>createRequest</c> sets it (absent when the value is undefined). The dictionary is a
/// plain case-sensitive one keyed as upstream writes the name, so lookups go through the case-insensitive path.
/// </summary>
internal static class UpstreamRequest
{
    public static Negotiator When(string header, string? value)
    {
        var headers = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        if (value is not null)
            headers[header] = value;
        return new Negotiator(headers);
    }

    /// <summary>As <see cref="When"/>, with negotiator 1.1's Accept-Encoding parsing (<see cref="NegotiatorOptions.Negotiator11Encodings"/>).</summary>
    public static Negotiator When11(string header, string? value)
    {
        var headers = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        if (value is not null)
            headers[header] = value;
        return new Negotiator(headers, new NegotiatorOptions { Negotiator11Encodings = true });
    }
}
