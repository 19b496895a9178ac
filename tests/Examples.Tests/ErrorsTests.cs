namespace Koa.Examples.Tests;

public sealed class ErrorsTests
{
    [Theory(DisplayName = "examples › Errors › answers a friendly page and still reports the error")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Friendly_page(TestTransport transport)
    {
        var log = new StringWriter();
        var app = Errors.Program.Build(log);
        await app.Request(transport).Get("/").Expect("Content-Type", "text/html; charset=utf-8")
            .ExpectAsync(500, "<p>Something <em>exploded</em>, please contact Maru.</p>");
        Assert.Contains("sent error boom boom to the cloud", log.ToString(), StringComparison.Ordinal);

        await app.Request(transport).Get("/missing").ExpectAsync(404, "<p>Something <em>exploded</em>, please contact Maru.</p>");
        await app.Request(transport).Get("/?name=x").ExpectAsync(404, "Not Found");
    }
}
