using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Cross-Origin Resource Sharing: a port of the npm package @koa/cors 5.0.0. Simple and actual requests get
/// <c>Access-Control-Allow-Origin</c> (and the other configured headers); preflight requests (<c>OPTIONS</c> with
/// <c>Access-Control-Request-Method</c>) are answered with 204 without running downstream middleware.
/// <c>Vary: Origin</c> is always added.
/// </summary>
public static class Cors
{
    private const string AllowOrigin = "Access-Control-Allow-Origin";
    private const string AllowCredentials = "Access-Control-Allow-Credentials";
    private const string ExposeHeadersName = "Access-Control-Expose-Headers";
    private const string OpenerPolicy = "Cross-Origin-Opener-Policy";
    private const string EmbedderPolicy = "Cross-Origin-Embedder-Policy";

    /// <summary>Creates the CORS middleware.</summary>
    /// <param name="options">The options; <c>null</c> for upstream's defaults (origin <c>*</c>, no credentials).</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Cors.Create(new CorsOptions { Origin = "https://app.example.com", Credentials = true }));</code></example>
    public static Func<Context, Func<Task>, Task> Create(CorsOptions? options = null)
    {
        options ??= new CorsOptions();
        var exposeHeaders = Join(options.ExposeHeaders);
        var allowMethods = Join(options.AllowMethods);
        var allowHeaders = Join(options.AllowHeaders);
        var maxAge = options.MaxAge is { } age && age != 0 ? age.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        var staticOrigin = string.IsNullOrEmpty(options.Origin) ? "*" : options.Origin;
        var resolveOrigin = options.ResolveOrigin;
        var resolveCredentials = options.ResolveCredentials;
        var keepHeadersOnError = options.KeepHeadersOnError;
        var secureContext = options.SecureContext;
        var privateNetworkAccess = options.PrivateNetworkAccess;
        var staticCredentials = options.Credentials;

        return async (ctx, next) =>
        {
            // If the Origin header is not present terminate this set of steps (the request is outside the scope of
            // the specification) — upstream still answers with its headers, reflecting '' when asked to.
            var requestOrigin = ctx.Get("Origin");

            // Always set Vary header (https://github.com/rs/cors/issues/10)
            ctx.Vary("Origin");

            string origin;
            if (resolveOrigin is not null)
            {
                var resolved = await resolveOrigin(ctx).ConfigureAwait(false);
                if (string.IsNullOrEmpty(resolved))
                {
                    await next().ConfigureAwait(false);
                    return;
                }

                origin = resolved;
            }
            else
            {
                origin = staticOrigin;
            }

            var credentials = resolveCredentials is not null
                ? await resolveCredentials(ctx).ConfigureAwait(false)
                : staticCredentials;

            if (credentials && origin == "*")
                origin = requestOrigin;

            if (ctx.Method != "OPTIONS")
            {
                // Simple Cross-Origin Request, Actual Request, and Redirects
                List<KeyValuePair<string, string>>? headersSet = keepHeadersOnError ? new(6) : null;
                Set(ctx, headersSet, AllowOrigin, origin);
                if (credentials)
                    Set(ctx, headersSet, AllowCredentials, "true");
                if (exposeHeaders is not null)
                    Set(ctx, headersSet, ExposeHeadersName, exposeHeaders);
                if (secureContext)
                {
                    Set(ctx, headersSet, OpenerPolicy, "same-origin");
                    Set(ctx, headersSet, EmbedderPolicy, "require-corp");
                }

                if (headersSet is null)
                {
                    await next().ConfigureAwait(false);
                    return;
                }

                try
                {
                    await next().ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    KeepHeaders(error, headersSet);
                    throw;
                }
            }
            else
            {
                // Preflight Request. Without Access-Control-Request-Method this is not a preflight: ignore it.
                if (string.IsNullOrEmpty(ctx.Get("Access-Control-Request-Method")))
                {
                    await next().ConfigureAwait(false);
                    return;
                }

                ctx.Set(AllowOrigin, origin);
                if (credentials)
                    ctx.Set(AllowCredentials, "true");
                if (maxAge is not null)
                    ctx.Set("Access-Control-Max-Age", maxAge);
                if (privateNetworkAccess && !string.IsNullOrEmpty(ctx.Get("Access-Control-Request-Private-Network")))
                    ctx.Set("Access-Control-Allow-Private-Network", "true");
                if (allowMethods is not null)
                    ctx.Set("Access-Control-Allow-Methods", allowMethods);
                if (secureContext)
                {
                    ctx.Set(OpenerPolicy, "same-origin");
                    ctx.Set(EmbedderPolicy, "require-corp");
                }

                var headers = allowHeaders ?? ctx.Get("Access-Control-Request-Headers");
                if (!string.IsNullOrEmpty(headers))
                    ctx.Set("Access-Control-Allow-Headers", headers);

                ctx.Status = 204;
            }
        };
    }

    private static string? Join(StringValues values)
    {
        var joined = values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => string.Join(',', values.ToArray()),
        };
        return string.IsNullOrEmpty(joined) ? null : joined;
    }

    private static void Set(Context ctx, List<KeyValuePair<string, string>>? headersSet, string key, string value)
    {
        ctx.Set(key, value);
        headersSet?.Add(new(key, value));
    }

    // err.headers = { ...err.headers (without Vary), ...headersSet, vary: vary.append(err's Vary, 'Origin') }:
    // Koa's error handler clears the response headers and applies these.
    private static void KeepHeaders(Exception error, List<KeyValuePair<string, string>> headersSet)
    {
        var headers = HttpErrors.GetHeaders(error);
        if (headers is null)
        {
            headers = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            if (error is HttpError http)
                headers = http.Headers;
            else
                error.Data["headers"] = headers;
        }

        var previousVary = string.Empty;
        foreach (var key in headers.Keys.ToArray())
        {
            if (string.Equals(key, "Vary", StringComparison.OrdinalIgnoreCase))
            {
                if (previousVary.Length == 0)
                    previousVary = headers[key].ToString();
                headers.Remove(key);
            }
        }

        foreach (var (key, value) in headersSet)
        {
            foreach (var existing in headers.Keys.ToArray())
            {
                if (string.Equals(existing, key, StringComparison.OrdinalIgnoreCase))
                    headers.Remove(existing);
            }

            headers[key] = value;
        }

        headers["vary"] = Vary.Append(previousVary, "Origin");
    }
}
