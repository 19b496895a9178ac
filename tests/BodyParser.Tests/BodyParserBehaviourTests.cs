using System.Text.Json.Nodes;

namespace Koa.Tests;

/// <summary>Our own cases beside upstream's.</summary>
public sealed class BodyParserBehaviourTests
{
    [Fact(DisplayName = "a body set by an earlier middleware is left alone")]
    public async Task Already_parsed()
    {
        var app = new Application();
        app.Use((ctx, next) =>
        {
            ctx.Request.Body = "already";
            return next();
        });
        app.Use(BodyParser.Create());
        app.Use(ctx =>
        {
            ctx.Body = (string?)ctx.Request.Body;
            return Task.CompletedTask;
        });
        await app.Request().Post("/").Send(new { foo = "bar" }).ExpectAsync(200, "already");
    }

    [Fact(DisplayName = "a body on a method not parsed (GET) is not read: ctx.Request.Body stays null")]
    public async Task Get_not_parsed()
    {
        var app = new Application();
        app.Use(BodyParser.Create());
        app.Use(ctx =>
        {
            ctx.Body = ctx.Request.Body is null ? "null" : "set";
            return Task.CompletedTask;
        });
        await app.Request().Get("/").Set("Content-Type", "application/json").Send("{\"a\":1}").ExpectAsync(200, "null");
    }

    [Fact(DisplayName = "JSON numbers echo as node writes them")]
    public async Task Json_numbers_echo()
    {
        var app = new Application();
        app.Use(BodyParser.Create());
        app.Use(ctx =>
        {
            ctx.Body = ((JsonNode)ctx.Request.Body!).DeepClone();
            return Task.CompletedTask;
        });
        await app.Request().Post("/").Set("Content-Type", "application/json").Send("{\"a\":1.0,\"b\":1e21,\"c\":0.0000001,\"d\":-0,\"2\":1,\"1\":2}")
            .ExpectAsync(200, "{\"1\":2,\"2\":1,\"a\":1,\"b\":1e+21,\"c\":1e-7,\"d\":0}");
    }
}
