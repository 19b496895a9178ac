namespace Koa.Examples.Tests;

public sealed class BodyParsingTests
{
    [Theory(DisplayName = "examples › BodyParsing › accepts a JSON post")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Json_post(TestTransport transport) =>
        await BodyParsing.Program.Build().Request(transport).Post("/users").Send(new { name = "Ada", email = "ada@example.com" })
            .ExpectAsync(201, "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"as\":\"json\"}");

    [Theory(DisplayName = "examples › BodyParsing › accepts a form post")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Form_post(TestTransport transport) =>
        await BodyParsing.Program.Build().Request(transport).Post("/users").Set("Content-Type", "application/x-www-form-urlencoded")
            .Send("name=Ada+Lovelace&email=ada%40example.com").ExpectAsync(201, "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\",\"as\":\"form\"}");

    [Fact(DisplayName = "examples › BodyParsing › bad JSON is a 400, a missing name a 422, a large body a 413")]
    public async Task Errors()
    {
        var app = BodyParsing.Program.Build();
        await app.Request().Post("/users").Set("Content-Type", "application/json").Send("{\"name\":").ExpectAsync(400);
        await app.Request().Post("/users").Set("Content-Type", "application/json").Send("{\"email\":\"x@y\"}").ExpectAsync(422, "name is required");
        await app.Request().Post("/users").Set("Content-Type", "application/json").Send("{\"name\":\"" + new string('a', 2000) + "\"}").ExpectAsync(413);
        await app.Request().Get("/users").ExpectAsync(404);
    }
}
