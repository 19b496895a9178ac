namespace Koa.Examples.Tests;

public sealed class HelloWorldTests
{
    [Theory(DisplayName = "examples › HelloWorld › serves Hello World")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Serves_hello_world(TestTransport transport)
    {
        var app = HelloWorld.Program.Build();
        await app.Request(transport).Get("/").Expect("Content-Type", "text/plain; charset=utf-8").ExpectAsync(200, "Hello World");
    }
}
