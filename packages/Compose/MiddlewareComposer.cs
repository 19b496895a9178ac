using System.Collections;

namespace Koa;

/// <summary>
/// Composes Koa-style middleware — <c>(context, next) =&gt; Task</c> — into one function, like the npm package
/// <c>koa-compose</c> 4.2.0. Each middleware runs "downstream" when it calls <c>next()</c> and "upstream" when the
/// returned task completes; errors flow back to any upstream middleware that awaits <c>next()</c>.
/// </summary>
/// <remarks>
/// Every invocation has its own state (koa-compose's closure per call): a <c>next</c> called late reaches its own
/// chain only. See the package README for the design and the allocation figures.
/// </remarks>
/// <example>
/// <code>
/// var composed = MiddlewareComposer.Compose&lt;List&lt;int&gt;&gt;([
///     async (log, next) =&gt; { log.Add(1); await next(); log.Add(4); },
///     async (log, next) =&gt; { log.Add(2); await next(); log.Add(3); },
/// ]);
/// var log = new List&lt;int&gt;();
/// await composed(log, null);   // log is [1, 2, 3, 4]
/// </code>
/// </example>
public static class MiddlewareComposer
{
    internal const string StackMustBeAnArray = "Middleware stack must be an array!";
    internal const string MustBeComposedOfFunctions = "Middleware must be composed of functions!";
    internal const string StackContainsItself = "Middleware stack must not contain itself!";

    /// <summary>
    /// Composes <paramref name="middleware"/> into one function. The list is copied, so adding to it later has no
    /// effect on the result. The result takes the context and an optional outer <c>next</c> that runs after the
    /// last middleware calls its own <c>next</c>; it can be called any number of times, concurrently, and never
    /// throws synchronously: a middleware that throws yields a faulted task.
    /// </summary>
    /// <typeparam name="TContext">The context passed to every middleware.</typeparam>
    /// <param name="middleware">The middleware, outermost first.</param>
    /// <returns>A function running the chain; with no middleware it only runs the outer <c>next</c>, if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="middleware"/> is <see langword="null"/> ("Middleware stack must be an array!").</exception>
    /// <exception cref="ArgumentException">An element is <see langword="null"/> ("Middleware must be composed of functions!").</exception>
    /// <example>
    /// <code>
    /// var app = MiddlewareComposer.Compose&lt;HttpContext&gt;([
    ///     async (ctx, next) =&gt; { var started = Stopwatch.GetTimestamp(); await next(); ctx.Response.Headers["X-Response-Time"] = $"{Stopwatch.GetElapsedTime(started).TotalMilliseconds}ms"; },
    ///     (ctx, next) =&gt; ctx.Response.WriteAsync("Hello World"),
    /// ]);
    /// await app(httpContext, null);
    /// </code>
    /// </example>
    public static Func<TContext, Func<Task>?, Task> Compose<TContext>(IEnumerable<Func<TContext, Func<Task>, Task>> middleware)
    {
        if (middleware is null)
            throw new ArgumentNullException(nameof(middleware), StackMustBeAnArray);

        var stack = middleware.ToArray();
        foreach (var fn in stack)
        {
            if (fn is null)
                throw new ArgumentException(MustBeComposedOfFunctions, nameof(middleware));
        }

        return Create(stack);
    }

    /// <summary>
    /// Composes a stack whose elements are middleware or nested sequences of middleware, at any depth. Nested
    /// sequences are flattened into a new array in order (koa-compose 4.2.0), so changing the input afterwards has
    /// no effect. A string is not a sequence here (as in JavaScript, where it is not an array).
    /// </summary>
    /// <typeparam name="TContext">The context passed to every middleware.</typeparam>
    /// <param name="middleware">Middleware delegates (<c>Func&lt;TContext, Func&lt;Task&gt;, Task&gt;</c>) and nested sequences of them.</param>
    /// <returns>A function running the flattened chain, as <see cref="Compose{TContext}(IEnumerable{Func{TContext, Func{Task}, Task}})"/> returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="middleware"/> is <see langword="null"/> ("Middleware stack must be an array!").</exception>
    /// <exception cref="ArgumentException">
    /// An element is neither a middleware delegate nor a sequence ("Middleware must be composed of functions!"), or a
    /// sequence contains itself ("Middleware stack must not contain itself!").
    /// </exception>
    /// <example>
    /// <code>
    /// Func&lt;Context, Func&lt;Task&gt;, Task&gt; logger = async (ctx, next) =&gt; { await next(); Console.WriteLine(ctx.Status); };
    /// Func&lt;Context, Func&lt;Task&gt;, Task&gt; hello = (ctx, next) =&gt; { ctx.Body = "Hello"; return Task.CompletedTask; };
    /// var composed = MiddlewareComposer.Compose&lt;Context&gt;(new object[] { logger, new[] { hello } });
    /// </code>
    /// </example>
    public static Func<TContext, Func<Task>?, Task> Compose<TContext>(IEnumerable<object?> middleware)
    {
        if (middleware is null)
            throw new ArgumentNullException(nameof(middleware), StackMustBeAnArray);

        return Create(Flatten<TContext>(middleware));
    }

    private static Func<TContext, Func<Task>?, Task> Create<TContext>(Func<TContext, Func<Task>, Task>[] stack) =>
        stack.Length == 0 ? EmptyComposition<TContext>.Invoke : new Composition<TContext>(stack).Invoke;

    // Depth-first, with an explicit stack of enumerators so that deep nesting cannot overflow the call stack, and
    // the sequences on the current path remembered so that a sequence containing itself is an error, not a hang.
    private static Func<TContext, Func<Task>, Task>[] Flatten<TContext>(IEnumerable<object?> middleware)
    {
        var flat = new List<Func<TContext, Func<Task>, Task>>();
        var path = new Stack<(IEnumerable Sequence, IEnumerator Items)>();
        var onPath = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Enter(middleware);
        try
        {
            while (path.TryPeek(out var top))
            {
                if (!top.Items.MoveNext())
                {
                    Leave();
                    continue;
                }

                switch (top.Items.Current)
                {
                    case Func<TContext, Func<Task>, Task> fn:
                        flat.Add(fn);
                        break;
                    case IEnumerable nested and not string:
                        if (onPath.Contains(nested))
                            throw new ArgumentException(StackContainsItself, nameof(middleware));
                        Enter(nested);
                        break;
                    default:
                        throw new ArgumentException(MustBeComposedOfFunctions, nameof(middleware));
                }
            }
        }
        finally
        {
            while (path.Count > 0)
                Leave();
        }

        return [.. flat];

        void Enter(IEnumerable sequence)
        {
            onPath.Add(sequence);
            path.Push((sequence, sequence.GetEnumerator()));
        }

        void Leave()
        {
            var (sequence, items) = path.Pop();
            onPath.Remove(sequence);
            (items as IDisposable)?.Dispose();
        }
    }
}
