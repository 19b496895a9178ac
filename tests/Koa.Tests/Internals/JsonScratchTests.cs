using System.Net.Http;
using System.Text.Json;

namespace Koa.Tests.Internals;

// JsonScratch is held across the await of a JSON body's write: an instance has one holder at a time, whatever thread
// the holder resumes on, and concurrent JSON responses never see each other's bytes.
public sealed class JsonScratchTests
{
    [Fact(DisplayName = "internals › JsonScratch › held across an await that changes thread: one holder, its bytes intact")]
    public async Task Held_across_an_await()
    {
        var held = JsonScratch.Rent();
        var json = held.Serialize(new { a = "held" }, JsJson.Compact, 0);
        var startThread = Environment.CurrentManagedThreadId;

        // Meanwhile, on this thread and on others, other holders serialize other bodies.
        var other = JsonScratch.Rent();
        Assert.NotSame(held, other);
        other.Serialize(new { b = new string('x', 1000) }, JsJson.Compact, 0);
        JsonScratch.Return(other);
        await Task.Run(async () =>
        {
            await Task.Yield();
            var elsewhere = JsonScratch.Rent();
            Assert.NotSame(held, elsewhere);
            elsewhere.Serialize(new { c = 3 }, JsJson.Compact, 2);
            JsonScratch.Return(elsewhere);
        });
        await Task.Yield();

        Assert.Equal("{\"a\":\"held\"}", System.Text.Encoding.UTF8.GetString(json.Span));
        JsonScratch.Return(held);
        _ = startThread;
    }

    [Fact(DisplayName = "internals › JsonScratch › concurrent JSON responses over Kestrel each get their own body")]
    public async Task Concurrent_json_responses()
    {
        var app = new Application { JsonSpaces = 1 };
        app.Use(async ctx =>
        {
            var id = int.Parse(ctx.Query["id"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            await Task.Yield();
            ctx.Body = new Dictionary<string, object> { ["id"] = id, ["pad"] = new string((char)('a' + id % 26), 3000 + id) };
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/") };

        var bodies = await Task.WhenAll(Enumerable.Range(0, 200).Select(id => client.GetStringAsync($"/?id={id}")));

        for (var id = 0; id < bodies.Length; id++)
        {
            using var doc = JsonDocument.Parse(bodies[id]);
            Assert.Equal(id, doc.RootElement.GetProperty("id").GetInt32());
            Assert.Equal(new string((char)('a' + id % 26), 3000 + id), doc.RootElement.GetProperty("pad").GetString());
            Assert.StartsWith("{\n \"id\": ", bodies[id], StringComparison.Ordinal);
        }
    }
}
