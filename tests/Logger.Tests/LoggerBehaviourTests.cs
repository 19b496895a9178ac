using Koa.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace Koa.Tests;

public sealed class LoggerBehaviourTests
{
    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Logger).Assembly);

    [Theory]
    [InlineData(0, "0B")]
    [InlineData(11, "11B")]
    [InlineData(1023, "1023B")]
    [InlineData(1024, "1KB")]
    [InlineData(1536, "1.5KB")]
    [InlineData(1100, "1.07KB")]
    [InlineData(1075, "1.05KB")]
    [InlineData(10 * 1024 * 1024, "10MB")]
    [InlineData(5L * 1024 * 1024 * 1024 * 1024, "5TB")]
    public void Bytes_formats_like_npm_bytes(long value, string expected) => Assert.Equal(expected, Logger.Bytes(value));

    [Theory]
    [InlineData("5ms", "5ms")]
    [InlineData("999ms", "999ms")]
    [InlineData("1234ms", "1,234ms")]
    [InlineData("1234567s", "1,234,567s")]
    public void Humanize_adds_thousands_separators(string input, string expected) => Assert.Equal(expected, Logger.Humanize(input));

    [Fact]
    public async Task Lines_look_like_upstream()
    {
        var lines = new List<string>();
        var app = new Application();
        app.Use(Logger.Create(new LoggerOptions { Transporter = (line, _) => { lock (lines) lines.Add(line); }, Colors = false }));
        app.Use(ctx => { ctx.Body = "hello world"; return Task.CompletedTask; });
        await app.Request(TestTransport.Kestrel).Get("/?a=1").ExpectAsync(200);
        for (var i = 0; i < 500 && lines.Count < 2; i++) await Task.Delay(10);
        Assert.Equal("  <-- GET /?a=1", lines[0]);
        Assert.Matches(@"^  --> GET /\?a=1 200 [\d,]+m?s 11b$", lines[1]);
    }

    [Fact]
    public async Task Colours_are_chalks_when_on()
    {
        var lines = new List<string>();
        var app = new Application();
        app.Use(Logger.Create(new LoggerOptions { Transporter = (line, _) => { lock (lines) lines.Add(line); }, Colors = true }));
        app.Use(ctx => { ctx.Body = "x"; return Task.CompletedTask; });
        await app.Request().Get("/").ExpectAsync(200);
        for (var i = 0; i < 500 && lines.Count < 2; i++) await Task.Delay(10);
        Assert.Equal("  \u001b[90m<--\u001b[39m \u001b[1mGET\u001b[22m \u001b[90m/\u001b[39m", lines[0]);
        Assert.StartsWith("  \u001b[90m-->\u001b[39m \u001b[1mGET\u001b[22m \u001b[90m/\u001b[39m \u001b[32m200\u001b[39m ", lines[1]);
    }

    [Fact]
    public async Task Writes_through_an_ILogger()
    {
        var provider = new ListProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Information));
        var app = new Application();
        app.Use(Logger.Create(factory.CreateLogger("http")));
        app.Use(ctx => { ctx.Status = 404; ctx.Body = "not found"; return Task.CompletedTask; });
        await app.Request().Get("/x").ExpectAsync(404);
        for (var i = 0; i < 500 && provider.Lines.Count < 2; i++) await Task.Delay(10);
        Assert.Equal("<-- GET /x", provider.Lines.First());
        Assert.Matches(@"^--> GET /x 404 [\d,]+m?s 9b$", provider.Lines.Last());
    }

    private sealed class ListProvider : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new ListLogger(Lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
