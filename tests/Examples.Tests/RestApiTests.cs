namespace Koa.Examples.Tests;

public sealed class RestApiTests
{
    [Theory(DisplayName = "examples › RestApi › lists, creates, reads, updates and deletes todos; nested notes; 404 and 405")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Crud(TestTransport transport)
    {
        var app = RestApi.Program.Build();

        var list = await app.Request(transport).Get("/api/todos").ExpectAsync(200);
        Assert.Equal(0, list.Json.GetArrayLength());

        var created = await app.Request(transport).Post("/api/todos").Send(new { title = "write the router" })
            .Expect("Location", "/api/todos/1").ExpectAsync(201);
        Assert.Equal(1, created.Json.GetProperty("id").GetInt32());
        Assert.False(created.Json.GetProperty("done").GetBoolean());
        await app.Request(transport).Post("/api/todos").Send(new { title = "" }).ExpectAsync(422);

        var read = await app.Request(transport).Get("/api/todos/1").ExpectAsync(200);
        Assert.Equal("write the router", read.Json.GetProperty("title").GetString());

        var updated = await app.Request(transport).Patch("/api/todos/1").Send(new { done = true }).ExpectAsync(200);
        Assert.True(updated.Json.GetProperty("done").GetBoolean());
        Assert.Equal("write the router", updated.Json.GetProperty("title").GetString());

        var note = await app.Request(transport).Post("/api/todos/1/notes").Send(new { text = "port every upstream test" }).ExpectAsync(201);
        Assert.Equal(1, note.Json.GetProperty("id").GetInt32());
        var notes = await app.Request(transport).Get("/api/todos/1/notes").ExpectAsync(200);
        Assert.Equal("port every upstream test", notes.Json[0].GetProperty("text").GetString());

        // 404: the :id param handler finds no todo (for the nested routes too)
        await app.Request(transport).Get("/api/todos/2").ExpectAsync(404);
        await app.Request(transport).Get("/api/todos/abc/notes").ExpectAsync(404);

        // 405 with Allow: the path matches, the method does not; OPTIONS lists the methods
        await app.Request(transport).Put("/api/todos/1").Send(new { title = "x" })
            .Expect("Allow", "HEAD, GET, PATCH, DELETE").ExpectAsync(405);
        await app.Request(transport).Options("/api/todos").Expect("Allow", "HEAD, GET, POST").ExpectAsync(200);

        await app.Request(transport).Delete("/api/todos/1").ExpectAsync(204);
        await app.Request(transport).Get("/api/todos/1").ExpectAsync(404);
        list = await app.Request(transport).Get("/api/todos").ExpectAsync(200);
        Assert.Equal(0, list.Json.GetArrayLength());

        // not under the API at all: Koa's 404
        await app.Request(transport).Get("/elsewhere").ExpectAsync(404);
    }
}
