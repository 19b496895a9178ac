using System.Text.RegularExpressions;

namespace Koa.Examples.Tests;

public sealed class CascadingTests
{
    [Theory(DisplayName = "examples › Cascading › sets X-Response-Time and logs the request after the response")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Logs_and_times(TestTransport transport)
    {
        var log = new StringWriter();
        var app = Cascading.Program.Build(log);
        await app.Request(transport).Get("/hello?x=1")
            .Expect("X-Response-Time", new Regex("^[0-9]+ms$"))
            .ExpectAsync(200, "Hello World");
        Assert.Matches(new Regex(@"^GET /hello\?x=1 - [0-9]+ms\r?\n$"), log.ToString());
    }
}
