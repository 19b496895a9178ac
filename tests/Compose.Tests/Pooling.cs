namespace Koa.Tests;

/// <summary>Access to the dispatcher pool behind a composed function.</summary>
internal static class Pooling
{
    public static int IdleDispatchers<TContext>(Func<TContext, Func<Task>?, Task> composed) =>
        ((Composition<TContext>)composed.Target!).Pool.Count;
}
