namespace Koa;

/// <summary>
/// One Set-Cookie being built: upstream's <c>Cookies.Cookie</c>. The constructor validates every component in
/// upstream's order (name, value, path, domain, maxAge, priority, sameSite) and throws
/// <see cref="ArgumentException"/> with upstream's TypeError text; <see cref="ToHeader()"/> writes cookies 0.9.2's
/// exact byte format:
/// <code>
/// name=value; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; domain=d; priority=high; samesite=strict; secure; httponly; partitioned
/// </code>
/// </summary>
internal struct Cookie
{
    /// <summary><c>Date.toUTCString()</c> (<see cref="HttpDate.Format"/>): always 29 chars for years 1-9999.</summary>
    private const int HttpDateLength = 29;

    private static readonly CookieSetOptions Defaults = new();

    /// <summary>The expiries .NET can write: years 1-9999, in Unix milliseconds.</summary>
    private static readonly double MinUnixMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();

    private static readonly double MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public Cookie(string name, string? value, CookieSetOptions? options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!CookieGrammar.IsValidName(name))
            throw new ArgumentException("argument name is invalid");
        if (!string.IsNullOrEmpty(value) && !CookieGrammar.IsValidValue(value))
            throw new ArgumentException("argument value is invalid");

        options ??= Defaults;
        Name = name;
        Value = value ?? "";
        Path = options.Path;
        Domain = options.Domain;
        Expires = options.Expires;
        HttpOnly = options.HttpOnly;
        Partitioned = options.Partitioned;
        Priority = options.Priority;
        SameSite = options.SameSite;
        Secure = options.Secure ?? false;
        Overwrite = options.Overwrite;

        // A falsy value deletes the cookie: expired at the epoch, whatever maxAge or expires said.
        var maxAge = options.MaxAge;
        if (Value.Length == 0)
        {
            Expires = DateTimeOffset.UnixEpoch;
            maxAge = null;
        }

        if (!string.IsNullOrEmpty(Path) && !CookieGrammar.IsValidPath(Path))
            throw new ArgumentException("option path is invalid");
        if (!string.IsNullOrEmpty(Domain) && !CookieGrammar.IsValidDomain(Domain))
            throw new ArgumentException("option domain is invalid");

        // Upstream: if (this.maxAge) this.expires = new Date(Date.now() + this.maxAge). An expiry .NET cannot
        // represent (outside years 1-9999, where node writes "Invalid Date" or a 5-digit year) is rejected here.
        if (maxAge is { } age && age != TimeSpan.Zero)
            Expires = ExpiresAfter(clock.GetUtcNow(), age);

        if (Priority is { } priority && priority is not (CookiePriority.Low or CookiePriority.Medium or CookiePriority.High))
            throw new ArgumentException("option priority is invalid");
        if (SameSite is { } sameSite && sameSite is not (CookieSameSite.Strict or CookieSameSite.Lax or CookieSameSite.None))
            throw new ArgumentException("option sameSite is invalid");
    }

    public string Name { get; }

    public string Value { get; }

    public string? Path { get; }

    public string? Domain { get; }

    /// <summary>The <c>expires</c> attribute, already derived from maxAge when one was given.</summary>
    public DateTimeOffset? Expires { get; }

    public bool HttpOnly { get; }

    public bool Partitioned { get; }

    public CookiePriority? Priority { get; }

    public CookieSameSite? SameSite { get; }

    public bool Secure { get; set; }

    public bool Overwrite { get; }

    /// <summary>Upstream <c>cookie.toHeader()</c>.</summary>
    public readonly string ToHeader() => ToHeader(Name, [], Value);

    /// <summary>
    /// The header of a cookie with these attributes but another name and value: the <c>.sig</c> companion is
    /// <c>ToHeader(name, ".sig", signature)</c>.
    /// </summary>
    public readonly string ToHeader(ReadOnlySpan<char> name, ReadOnlySpan<char> nameSuffix, ReadOnlySpan<char> value)
    {
        var length = name.Length + nameSuffix.Length + 1 + value.Length + AttributesLength();
        var parts = new HeaderParts(name, nameSuffix, value, this);
        return string.Create(length, parts, static (span, parts) =>
        {
            var at = 0;
            Append(span, ref at, parts.Name);
            Append(span, ref at, parts.NameSuffix);
            Append(span, ref at, "=");
            Append(span, ref at, parts.Value);
            parts.Cookie.WriteAttributes(span, ref at);
        });
    }

    private readonly int AttributesLength()
    {
        var length = 0;
        if (!string.IsNullOrEmpty(Path))
            length += "; path=".Length + Path.Length;
        if (Expires is not null)
            length += "; expires=".Length + HttpDateLength;
        if (!string.IsNullOrEmpty(Domain))
            length += "; domain=".Length + Domain.Length;
        if (Priority is { } priority)
            length += "; priority=".Length + PriorityText(priority).Length;
        if (SameSite is { } sameSite)
            length += "; samesite=".Length + SameSiteText(sameSite).Length;
        if (Secure)
            length += "; secure".Length;
        if (HttpOnly)
            length += "; httponly".Length;
        if (Partitioned)
            length += "; partitioned".Length;
        return length;
    }

    private readonly void WriteAttributes(Span<char> span, ref int at)
    {
        if (!string.IsNullOrEmpty(Path))
        {
            Append(span, ref at, "; path=");
            Append(span, ref at, Path);
        }
        if (Expires is { } expires)
        {
            Append(span, ref at, "; expires=");
            HttpDate.TryFormat(expires, span[at..], out var written);
            at += written;
        }
        if (!string.IsNullOrEmpty(Domain))
        {
            Append(span, ref at, "; domain=");
            Append(span, ref at, Domain);
        }
        if (Priority is { } priority)
        {
            Append(span, ref at, "; priority=");
            Append(span, ref at, PriorityText(priority));
        }
        if (SameSite is { } sameSite)
        {
            Append(span, ref at, "; samesite=");
            Append(span, ref at, SameSiteText(sameSite));
        }
        if (Secure)
            Append(span, ref at, "; secure");
        if (HttpOnly)
            Append(span, ref at, "; httponly");
        if (Partitioned)
            Append(span, ref at, "; partitioned");
    }

    /// <summary>
    /// <c>new Date(Date.now() + maxAge)</c>: the clock read as whole milliseconds, the sum computed in doubles and
    /// truncated to a millisecond, as JavaScript's TimeClip does.
    /// </summary>
    private static DateTimeOffset ExpiresAfter(DateTimeOffset now, TimeSpan maxAge)
    {
        var milliseconds = Math.Truncate(now.ToUnixTimeMilliseconds() + maxAge.TotalMilliseconds);
        if (milliseconds < MinUnixMilliseconds || milliseconds > MaxUnixMilliseconds)
            throw new ArgumentException("option maxAge is invalid");
        return DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);
    }

    private static string PriorityText(CookiePriority priority) => priority switch
    {
        CookiePriority.Low => "low",
        CookiePriority.Medium => "medium",
        _ => "high",
    };

    private static string SameSiteText(CookieSameSite sameSite) => sameSite switch
    {
        CookieSameSite.Strict => "strict",
        CookieSameSite.Lax => "lax",
        _ => "none",
    };

    private static void Append(Span<char> span, ref int at, ReadOnlySpan<char> text)
    {
        text.CopyTo(span[at..]);
        at += text.Length;
    }

    private readonly ref struct HeaderParts(ReadOnlySpan<char> name, ReadOnlySpan<char> nameSuffix, ReadOnlySpan<char> value, Cookie cookie)
    {
        public ReadOnlySpan<char> Name { get; } = name;

        public ReadOnlySpan<char> NameSuffix { get; } = nameSuffix;

        public ReadOnlySpan<char> Value { get; } = value;

        public Cookie Cookie { get; } = cookie;
    }
}
