using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa.Examples.RestApi;

/// <summary>A todo item.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">What to do.</param>
/// <param name="Done">Whether it is done.</param>
public sealed record Todo(int Id, string Title, bool Done);

/// <summary>A note on a todo (the nested resource).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Text">The note.</param>
public sealed record Note(int Id, string Text);

/// <summary>
/// A small JSON API over an in-memory store, with KoaNet.Router and KoaNet.BodyParser: list, create, read, update and
/// delete todos under <c>/api/todos</c>, notes nested under <c>/api/todos/:id/notes</c>, 404 for an unknown todo (a
/// <c>Param</c> handler loads it once per request), 405 with <c>Allow</c> and OPTIONS answered by
/// <c>AllowedMethods()</c>.
/// </summary>
public static class Program
{
    private sealed class Store
    {
        private int _next;
        public readonly ConcurrentDictionary<int, Todo> Todos = new();
        public readonly ConcurrentDictionary<int, List<Note>> Notes = new();

        public int NextId() => Interlocked.Increment(ref _next);
    }

    /// <summary>The application, with an empty store.</summary>
    public static Application Build()
    {
        var store = new Store();
        var app = new Application { JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) };

        var todos = new Router(new RouterOptions { Prefix = "/todos" });

        // Runs once per request before any route with :id: loads the todo or answers 404.
        todos.Param("id", (id, ctx, next) =>
        {
            Todo? todo = null;
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) || !store.Todos.TryGetValue(key, out todo))
                ctx.Throw(404, $"no todo {id}");
            ctx.State["todo"] = todo;
            return next();
        });

        todos.Get("list", "/", (ctx, _) =>
        {
            ctx.Body = store.Todos.Values.OrderBy(t => t.Id).ToList();
            return Task.CompletedTask;
        });

        todos.Post("/", (ctx, _) =>
        {
            var title = Title(ctx);
            var todo = new Todo(store.NextId(), title, false);
            store.Todos[todo.Id] = todo;
            ctx.Status = 201;
            ctx.Set("Location", ctx.Router!.Url("todo", new Dictionary<string, object?> { ["id"] = todo.Id }));
            ctx.Body = todo;
            return Task.CompletedTask;
        });

        todos.Get("todo", "/:id", (ctx, _) =>
        {
            ctx.Body = ctx.State["todo"];
            return Task.CompletedTask;
        });

        todos.Patch("/:id", (ctx, _) =>
        {
            var todo = (Todo)ctx.State["todo"]!;
            var body = ctx.Request.Body as JsonObject;
            todo = todo with
            {
                Title = body?["title"]?.GetValue<string>() ?? todo.Title,
                Done = body?["done"]?.GetValue<bool>() ?? todo.Done,
            };
            store.Todos[todo.Id] = todo;
            ctx.Body = todo;
            return Task.CompletedTask;
        });

        todos.Delete("/:id", (ctx, next) =>
        {
            var todo = (Todo)ctx.State["todo"]!;
            store.Todos.TryRemove(todo.Id, out _);
            store.Notes.TryRemove(todo.Id, out _);
            ctx.Status = 204;
            return Task.CompletedTask;
        });

        // The nested resource: its own router, mounted under /:id/notes (the :id param handler still runs first).
        var notes = new Router();
        notes.Get("/", (ctx, _) =>
        {
            var todo = (Todo)ctx.State["todo"]!;
            ctx.Body = store.Notes.TryGetValue(todo.Id, out var list) ? list : [];
            return Task.CompletedTask;
        });
        notes.Post("/", (ctx, _) =>
        {
            var todo = (Todo)ctx.State["todo"]!;
            var text = (ctx.Request.Body as JsonObject)?["text"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(text))
                ctx.Throw(422, "text is required");
            var list = store.Notes.GetOrAdd(todo.Id, _ => []);
            Note note;
            lock (list)
            {
                note = new Note(list.Count + 1, text!);
                list.Add(note);
            }
            ctx.Status = 201;
            ctx.Body = note;
            return Task.CompletedTask;
        });
        todos.Use("/:id/notes", notes.Routes());

        var api = new Router(new RouterOptions { Prefix = "/api" });
        api.Use(todos.Routes());

        app.Use(BodyParser.Create());
        app.Use(api.Routes());
        app.Use(api.AllowedMethods());
        return app;
    }

    private static string Title(Context ctx)
    {
        var title = (ctx.Request.Body as JsonObject)?["title"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (string.IsNullOrWhiteSpace(title))
            ctx.Throw(422, "title is required");
        return title!;
    }

    public static async Task Main(string[] args)
    {
        var port = args.Length > 0 && int.TryParse(args[0], out var given) ? given : 3000;
        await using var server = await Build().ListenAsync(port);
        Console.WriteLine($"listening on http://localhost:{server.Port}/api/todos (Ctrl+C to stop)");
        await server.WaitForShutdownAsync();
    }
}
