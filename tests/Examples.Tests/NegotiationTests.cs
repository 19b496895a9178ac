namespace Koa.Examples.Tests;

public sealed class NegotiationTests
{
    [Theory(DisplayName = "examples › Negotiation › renders JSON, HTML, XML or text, 406 otherwise")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Negotiates(TestTransport transport)
    {
        var app = Negotiation.Program.Build();
        await app.Request(transport).Get("/").Set("Accept", "application/json")
            .Expect("Content-Type", "application/json; charset=utf-8")
            .ExpectAsync(200, "{\"_id\":\"123\",\"name\":\"tobi\",\"species\":\"ferret\"}");
        await app.Request(transport).Get("/").Set("Accept", "text/html").Expect("Content-Type", "text/html; charset=utf-8").ExpectAsync(200, "<h1>tobi</h1>");
        await app.Request(transport).Get("/").Set("Accept", "application/xml").Expect("Content-Type", "application/xml").ExpectAsync(200, "<name>tobi</name>");
        await app.Request(transport).Get("/").Set("Accept", "text/plain").Expect("Content-Type", "text/plain; charset=utf-8").ExpectAsync(200, "tobi");
        await app.Request(transport).Get("/").Set("Accept", "image/png").ExpectAsync(406, "Not Acceptable");
    }
}
