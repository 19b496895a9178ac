namespace Koa;

/// <summary>
/// The composition of no middleware: dispatch(0) finds no middleware, so it runs the outer <c>next</c> (if any)
/// with koa-compose's guarantees: a synchronous throw becomes a faulted task and a <see langword="null"/> task a
/// completed one.
/// </summary>
internal static class EmptyComposition<TContext>
{
    public static Task Invoke(TContext context, Func<Task>? next)
    {
        if (next is null)
            return Task.CompletedTask;

        try
        {
            return next() ?? Task.CompletedTask;
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }
}
