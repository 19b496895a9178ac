using System.Text.RegularExpressions;

namespace Koa;

// The verb shorthands: eight verbs (Del being Delete's alias, as upstream's router.del) in the same five shapes, each
// one line over Verb(method, name, path, middleware). The shapes are documented once, on Get; the other verbs inherit
// those parameter docs.
public partial class Router<TContext>
{
    /// <summary>Registers a GET route.</summary>
    /// <param name="path">A path-to-regexp pattern.</param>
    /// <param name="middleware">The route's middleware, run in order.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Get(string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("get", null, path, middleware);

    /// <summary>Registers a named GET route.</summary>
    /// <param name="name">The route's name.</param>
    /// <param name="path">A path-to-regexp pattern.</param>
    /// <param name="middleware">The route's middleware, run in order.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Get(string name, string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("get", name, path, middleware);

    /// <summary>Registers a GET route for each of several paths.</summary>
    /// <param name="paths">The patterns.</param>
    /// <param name="middleware">The route's middleware, run in order.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Get(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("get", null, paths, middleware);

    /// <summary>Registers a GET route matching a regular expression.</summary>
    /// <param name="path">The expression.</param>
    /// <param name="middleware">The route's middleware, run in order.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Get(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("get", null, path, middleware);

    /// <summary>Registers a named GET route matching a regular expression.</summary>
    /// <param name="name">The route's name.</param>
    /// <param name="path">The expression.</param>
    /// <param name="middleware">The route's middleware, run in order.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Get(string name, Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("get", name, path, middleware);

    /// <summary>Registers a POST route.</summary>
    /// <inheritdoc cref="Get(string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Post(string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("post", null, path, middleware);

    /// <summary>Registers a named POST route.</summary>
    /// <inheritdoc cref="Get(string, string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Post(string name, string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("post", name, path, middleware);

    /// <summary>Registers a POST route for each of several paths.</summary>
    /// <inheritdoc cref="Get(string[], Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Post(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("post", null, paths, middleware);

    /// <summary>Registers a POST route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Post(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("post", null, path, middleware);

    /// <summary>Registers a named POST route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(string, Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Post(string name, Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("post", name, path, middleware);

    /// <summary>Registers a PUT route.</summary>
    /// <inheritdoc cref="Get(string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Put(string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("put", null, path, middleware);

    /// <summary>Registers a named PUT route.</summary>
    /// <inheritdoc cref="Get(string, string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Put(string name, string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("put", name, path, middleware);

    /// <summary>Registers a PUT route for each of several paths.</summary>
    /// <inheritdoc cref="Get(string[], Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Put(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("put", null, paths, middleware);

    /// <summary>Registers a PUT route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Put(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("put", null, path, middleware);

    /// <summary>Registers a named PUT route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(string, Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Put(string name, Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("put", name, path, middleware);

    /// <summary>Registers a PATCH route.</summary>
    /// <inheritdoc cref="Get(string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Patch(string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("patch", null, path, middleware);

    /// <summary>Registers a named PATCH route.</summary>
    /// <inheritdoc cref="Get(string, string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Patch(string name, string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("patch", name, path, middleware);

    /// <summary>Registers a PATCH route for each of several paths.</summary>
    /// <inheritdoc cref="Get(string[], Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Patch(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("patch", null, paths, middleware);

    /// <summary>Registers a PATCH route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Patch(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("patch", null, path, middleware);

    /// <summary>Registers a named PATCH route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(string, Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Patch(string name, Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("patch", name, path, middleware);

    /// <summary>Registers a DELETE route.</summary>
    /// <inheritdoc cref="Get(string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Delete(string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", null, path, middleware);

    /// <summary>Registers a named DELETE route.</summary>
    /// <inheritdoc cref="Get(string, string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Delete(string name, string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", name, path, middleware);

    /// <summary>Registers a DELETE route for each of several paths.</summary>
    /// <inheritdoc cref="Get(string[], Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Delete(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", null, paths, middleware);

    /// <summary>Registers a DELETE route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Delete(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", null, path, middleware);

    /// <summary>Registers a named DELETE route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(string, Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Delete(string name, Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", name, path, middleware);

    /// <summary>Registers a DELETE route (an alias of <c>Delete</c>).</summary>
    /// <inheritdoc cref="Get(string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Del(string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", null, path, middleware);

    /// <summary>Registers a named DELETE route (an alias of <c>Delete</c>).</summary>
    /// <inheritdoc cref="Get(string, string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Del(string name, string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", name, path, middleware);

    /// <summary>Registers a DELETE route for each of several paths (an alias of <c>Delete</c>).</summary>
    /// <inheritdoc cref="Get(string[], Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Del(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", null, paths, middleware);

    /// <summary>Registers a DELETE route matching a regular expression (an alias of <c>Delete</c>).</summary>
    /// <inheritdoc cref="Get(Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Del(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", null, path, middleware);

    /// <summary>Registers a named DELETE route matching a regular expression (an alias of <c>Delete</c>).</summary>
    /// <inheritdoc cref="Get(string, Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Del(string name, Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("delete", name, path, middleware);

    /// <summary>Registers a HEAD route.</summary>
    /// <inheritdoc cref="Get(string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Head(string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("head", null, path, middleware);

    /// <summary>Registers a named HEAD route.</summary>
    /// <inheritdoc cref="Get(string, string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Head(string name, string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("head", name, path, middleware);

    /// <summary>Registers a HEAD route for each of several paths.</summary>
    /// <inheritdoc cref="Get(string[], Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Head(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("head", null, paths, middleware);

    /// <summary>Registers a HEAD route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Head(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("head", null, path, middleware);

    /// <summary>Registers a named HEAD route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(string, Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Head(string name, Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("head", name, path, middleware);

    /// <summary>Registers a OPTIONS route.</summary>
    /// <inheritdoc cref="Get(string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Options(string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("options", null, path, middleware);

    /// <summary>Registers a named OPTIONS route.</summary>
    /// <inheritdoc cref="Get(string, string, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Options(string name, string path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("options", name, path, middleware);

    /// <summary>Registers a OPTIONS route for each of several paths.</summary>
    /// <inheritdoc cref="Get(string[], Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Options(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("options", null, paths, middleware);

    /// <summary>Registers a OPTIONS route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Options(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("options", null, path, middleware);

    /// <summary>Registers a named OPTIONS route matching a regular expression.</summary>
    /// <inheritdoc cref="Get(string, Regex, Func{TContext, Func{Task}, Task}[])"/>
    public Router<TContext> Options(string name, Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => Verb("options", name, path, middleware);
}
