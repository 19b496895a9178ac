using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Koa.Testing.Tests;

// Contexts without a server (test-helpers/context.js) and the fake response behind them.
public sealed class TestContextsTests
{
    public sealed class CountingContext : Context
    {
        public int Count { get; set; }
    }

    [Fact]
    public void Describes_the_request()
    {
        var ctx = TestContexts.Create(new TestRequestOptions
        {
            Method = "PUT",
            Url = "/x?y=1",
            Headers = { ["Host"] = "example.com" },
            Protocol = "HTTP/2",
            Scheme = "https",
            RemoteIpAddress = IPAddress.Parse("10.0.0.9"),
            Body = new MemoryStream([1]),
        });
        Assert.Equal("PUT", ctx.Method);
        Assert.Equal("/x?y=1", ctx.Url);
        Assert.Equal("/x", ctx.Req.Path);
        Assert.Equal("?y=1", ctx.Req.QueryString);
        Assert.Equal("example.com", ctx.Host);
        Assert.Equal("HTTP/2", ctx.Req.Protocol);
        Assert.True(ctx.Secure);
        Assert.Equal("10.0.0.9", ctx.Ip);
        Assert.Equal(1, ctx.Req.Body.Length);
        Assert.Equal(200, ctx.Status);
    }

    [Fact]
    public void Request_and_response_shortcuts_and_typed_contexts()
    {
        Assert.Equal("/", TestContexts.Request().Url);
        Assert.Equal(200, TestContexts.Response().Status);
        var app = new Application<CountingContext>();
        var ctx = TestContexts.Create(app, new TestRequestOptions { Url = "/typed" });
        ctx.Count++;
        Assert.Equal("/typed", ctx.Path);
        Assert.Same(app, ctx.App);
        Assert.Throws<ArgumentNullException>(() => TestContexts.Create<CountingContext>(null!));
        var shared = new Application { Proxy = true };
        Assert.Same(shared, TestContexts.Create(app: shared).App);
    }

    [Fact]
    public async Task The_fake_response_collects_status_headers_and_body()
    {
        var ctx = TestContexts.Create();
        var feature = TestContexts.ResponseOf(ctx);
        var started = 0;
        var completed = 0;
        feature.OnStarting(_ => { started++; return Task.CompletedTask; }, new object());
        feature.OnCompleted(_ => { completed++; return Task.CompletedTask; }, new object());
        feature.DisableBuffering();
        Assert.False(feature.HasStarted);
        ctx.Status = 201;
        ctx.Body = "made";
        ctx.Respond = false;
        await ctx.ResBody.Writer.WriteAsync("made"u8.ToArray());
        await ctx.ResBody.Writer.FlushAsync();
        Assert.True(feature.HasStarted);
        Assert.Equal(1, started);
        await feature.Stream.WriteAsync("!"u8.ToArray());
        feature.Stream.Write("?"u8);
        await feature.Stream.FlushAsync();
        feature.Stream.Flush();
        await ctx.ResBody.CompleteAsync();
        await feature.CompleteAsync();
        Assert.True(feature.IsCompleted);
        Assert.Equal(1, completed);
        Assert.Equal("made!?", feature.BodyText);
        Assert.Equal(6, feature.BodyBytes.Length);
        Assert.Equal(201, feature.StatusCode);
        Assert.Equal("4", feature.Headers.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(ctx.Writable);
        var stream = feature.Stream;
        Assert.True(stream.CanWrite);
        Assert.False(stream.CanRead);
        Assert.False(stream.CanSeek);
        Assert.Equal(6, stream.Length);
        Assert.Equal(6, stream.Position);
        Assert.Throws<NotSupportedException>(() => stream.Position = 0);
        Assert.Throws<NotSupportedException>(() => stream.Read(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => stream.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => stream.SetLength(0));
#pragma warning disable CS0618 // the obsolete IHttpResponseFeature.Body
        Assert.Same(feature, ((IHttpResponseFeature)feature).Body is { } ? feature : null);
        Assert.Throws<NotSupportedException>(() => feature.Body = Stream.Null);
#pragma warning restore CS0618
    }

    [Fact]
    public async Task SendFile_writes_the_file()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "0123456789");
        try
        {
            var feature = TestContexts.ResponseOf(TestContexts.Create());
            await feature.SendFileAsync(file, 2, 3);
            await feature.SendFileAsync(file, 8, null);
            Assert.Equal("23489", feature.BodyText);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Abort_makes_the_context_not_writable()
    {
        var ctx = TestContexts.Create();
        Assert.True(ctx.Writable);
        TestContexts.Abort(ctx);
        Assert.False(ctx.Writable);
        Assert.True(ctx.RequestAborted.IsCancellationRequested);
        var lifetime = ctx.Features.Get<IHttpRequestLifetimeFeature>()!;
        Assert.Throws<NotSupportedException>(() => lifetime.RequestAborted = default);
    }

    [Fact]
    public void Contexts_of_other_origins_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => TestContexts.ResponseOf(null!));
        Assert.Throws<ArgumentNullException>(() => TestContexts.Abort(null!));
        var app = new Application();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature());
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        Assert.Throws<InvalidOperationException>(() => TestContexts.ResponseOf(app.CreateContext(features)));
    }
}
