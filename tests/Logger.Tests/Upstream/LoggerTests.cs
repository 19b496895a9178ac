namespace Koa.Tests.Upstream;

// koa-logger 4.0.0 test/index.test.js: three describe blocks (console, transporter as the argument, transporter in
// the options) over the same cases. The console block writes through LoggerOptions.Output (console.log spied upstream).
public abstract class LoggerCases
{
    // chalk is off when stdout is not a terminal (the test run): plain format strings.
    protected const string In = "  <-- %s %s";
    protected const string Out = "  --> %s %s %s %s %s";
    protected const string Err = "  xxx %s %s %s %s %s";
    protected static readonly Spy.Any AnyValue = new();
    protected static readonly Spy.AnyString AnyString = new();

    protected Spy Log { get; } = new();

    protected abstract Application App { get; }

    protected async Task<TestResponse> Get(string path, string method = "GET", int calls = 2)
    {
        var res = await App.Request().Method(method, path).EndAsync();
        await Log.WaitForAsync(calls);
        return res;
    }

    [Fact(DisplayName = "should log a request")]
    public async Task Should_log_a_request()
    {
        var res = await Get("/200");
        Assert.Equal(200, res.Status);
        Assert.Equal("hello world", res.Text);
        Assert.NotEmpty(Log.Calls);
    }

    [Fact(DisplayName = "should log a request with correct method and url")]
    public async Task Should_log_method_and_url()
    {
        var res = await Get("/200", "HEAD");
        Assert.Equal(200, res.Status);
        Assert.True(Log.CalledWith(In, "HEAD", "/200"));
    }

    [Fact(DisplayName = "should log a response")]
    public async Task Should_log_a_response()
    {
        var res = await Get("/200");
        Assert.Equal(200, res.Status);
        Assert.Equal(2, Log.Calls.Count);
    }

    [Fact(DisplayName = "should log a 200 response")]
    public async Task Should_log_200()
    {
        Assert.Equal(200, (await Get("/200")).Status);
        Assert.True(Log.CalledWith(Out, "GET", "/200", 200, AnyValue, "11b"));
    }

    [Fact(DisplayName = "should log a 301 response")]
    public async Task Should_log_301()
    {
        Assert.Equal(301, (await Get("/301")).Status);
        Assert.True(Log.CalledWith(Out, "GET", "/301", 301, AnyValue, AnyString));
    }

    [Fact(DisplayName = "should log a 304 response")]
    public async Task Should_log_304()
    {
        Assert.Equal(304, (await Get("/304")).Status);
        Assert.True(Log.CalledWith(Out, "GET", "/304", 304, AnyValue, ""));
    }

    [Fact(DisplayName = "should log a 404 response")]
    public async Task Should_log_404()
    {
        Assert.Equal(404, (await Get("/404")).Status);
        Assert.True(Log.CalledWith(Out, "GET", "/404", 404, AnyValue, "9b"));
    }

    [Fact(DisplayName = "should log a 500 response")]
    public async Task Should_log_500()
    {
        Assert.Equal(500, (await Get("/500")).Status);
        Assert.True(Log.CalledWith(Out, "GET", "/500", 500, AnyValue, "12b"));
    }

    [Fact(DisplayName = "should log middleware error")]
    public async Task Should_log_middleware_error()
    {
        Assert.Equal(500, (await Get("/error")).Status);
        Assert.True(Log.CalledWith(Err, "GET", "/error", 500, AnyValue, "-"));
    }

    [Fact(DisplayName = "should log a 500 response with boom")]
    public async Task Should_log_500_boom()
    {
        Assert.Equal(500, (await Get("/500-boom")).Status);
        Assert.True(Log.CalledWith(Err, "GET", "/500-boom", 500, AnyValue, "-"));
    }
}

// describe('koa-logger'): console.log is spied on; here the output writer is, and the lines are parsed back.
public sealed class KoaLoggerTests : LoggerCases
{
    public KoaLoggerTests()
    {
        var writer = new SpyWriter(Log);
        App = TestServer.Create(Logger.Create(new LoggerOptions { Output = writer, Colors = false }));
    }

    protected override Application App { get; }

    [Fact(DisplayName = "should log a 200 response for stream")]
    public async Task Should_log_200_stream()
    {
        Assert.Equal(200, (await Get("/200-stream")).Status);
        Assert.True(Log.CalledWith(Out, "GET", "/200-stream", 200, AnyValue, AnyString));
    }

    // Records each written line as console.log's (format, args) by matching it against the two line shapes.
    private sealed class SpyWriter(Spy spy) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            var parts = value!.TrimStart().Split(' ');
            object?[] args = parts[0] == "<--"
                ? [In, parts[1], parts[2]]
                : ["  " + parts[0] + " %s %s %s %s %s", parts[1], parts[2], int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), parts[4], parts.Length > 5 ? parts[5] : ""];
            spy.Record(value, args);
        }
    }
}

// describe('koa-logger-transporter-direct')
public sealed class KoaLoggerTransporterDirectTests : LoggerCases
{
    public KoaLoggerTransporterDirectTests() => App = TestServer.Create(Logger.Create(Log.Record));

    protected override Application App { get; }
}

// describe('koa-logger-transporter-opts')
public sealed class KoaLoggerTransporterOptsTests : LoggerCases
{
    public KoaLoggerTransporterOptsTests() => App = TestServer.Create(Logger.Create(new LoggerOptions { Transporter = Log.Record, Colors = false }));

    protected override Application App { get; }
}
