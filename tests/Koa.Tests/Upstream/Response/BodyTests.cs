using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Koa.Tests.Responses;

// __tests__/response/body.test.js
// JS body kinds and their C# counterparts, tested for the nearest behaviour under the upstream titles:
//   Buffer                      → byte[] (ReadOnlyMemory<byte> behaves the same)
//   fs.ReadStream / PassThrough → Stream (FileStream, MemoryStream, a probe Stream)
//   test-helpers/stream.js      → a user-defined Stream subclass (duck typing is a type check in C#)
//   stream 'error' listeners    → what the setter does to a stream: nothing but keep it for disposal at the end
//   stream.destroyed            → disposed (Stream.Dispose / PipeReader.Complete)
//   WHATWG ReadableStream       → PipeReader
//   Blob                        → HttpContent (a type, a known size, a body to stream)
//   fetch Response              → HttpResponseMessage (status, headers, content)
public sealed class BodyTests
{
    [Fact(DisplayName = "res.body= › when Content-Type is set › should not override")]
    public void Type_not_overridden()
    {
        var res = TestContexts.Response();
        res.Type = "png";
        res.Body = Encoding.UTF8.GetBytes("something");
        Assert.Equal("image/png", HeaderValues.Single(res, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when Content-Type is set › when body is an object › should override as json")]
    public void Object_overrides_as_json()
    {
        var res = TestContexts.Response();
        res.Body = "<em>hey</em>";
        Assert.Equal("text/html; charset=utf-8", HeaderValues.Single(res, "content-type"));
        res.Body = new { foo = "bar" };
        Assert.Equal("application/json; charset=utf-8", HeaderValues.Single(res, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when Content-Type is set › should override length")]
    public void Overrides_length()
    {
        var res = TestContexts.Response();
        res.Type = "html";
        res.Body = "something";
        Assert.Equal(9L, res.Length);
    }

    [Fact(DisplayName = "res.body= › when a string is given › should default to text")]
    public void String_defaults_to_text()
    {
        var res = TestContexts.Response();
        res.Body = "Tobi";
        Assert.Equal("text/plain; charset=utf-8", HeaderValues.Single(res, "content-type"));
    }

    // Header values are strings in ASP.NET Core (node's fake res kept the number 4).
    [Fact(DisplayName = "res.body= › when a string is given › should set length")]
    public void String_sets_length()
    {
        var res = TestContexts.Response();
        res.Body = "Tobi";
        Assert.Equal("4", HeaderValues.Single(res, "content-length"));
    }

    [Fact(DisplayName = "res.body= › when a string is given › and contains a non-leading < › should default to text")]
    public void Non_leading_angle_bracket_is_text()
    {
        var res = TestContexts.Response();
        res.Body = "aklsdjf < klajsdlfjasd";
        Assert.Equal("text/plain; charset=utf-8", HeaderValues.Single(res, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when an html string is given › should default to html")]
    public void Html_string()
    {
        var res = TestContexts.Response();
        res.Body = "<h1>Tobi</h1>";
        Assert.Equal("text/html; charset=utf-8", HeaderValues.Single(res, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when an html string is given › should set length")]
    public void Html_string_length()
    {
        const string text = "<h1>Tobi</h1>";
        var res = TestContexts.Response();
        res.Body = text;
        Assert.Equal(Encoding.UTF8.GetByteCount(text), res.Length);
    }

    [Fact(DisplayName = "res.body= › when an html string is given › should set length when body is overridden")]
    public void Html_string_length_when_overridden()
    {
        const string text = "<h1>Tobi</h1>";
        var res = TestContexts.Response();
        res.Body = text;
        res.Body = text + text;
        Assert.Equal(2 * Encoding.UTF8.GetByteCount(text), res.Length);
    }

    [Fact(DisplayName = "res.body= › when an html string is given › when it contains leading whitespace › should default to html")]
    public void Html_string_with_leading_whitespace()
    {
        var res = TestContexts.Response();
        res.Body = "    <h1>Tobi</h1>";
        Assert.Equal("text/html; charset=utf-8", HeaderValues.Single(res, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when an xml string is given › should default to html")]
    public void Xml_string_is_html()
    {
        var res = TestContexts.Response();
        res.Body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<俄语>данные</俄语>";
        Assert.Equal("text/html; charset=utf-8", HeaderValues.Single(res, "content-type"));
    }

    // Not upstream: /^\s*</ uses JavaScript's \s (no-break space, BOM, line separators …), not only ASCII.
    [Theory(DisplayName = "res.body= › when an html string is given › should treat JavaScript white space as leading whitespace")]
    [InlineData("\u00a0<p>x</p>", "text/html; charset=utf-8")]
    [InlineData("\ufeff<p>x</p>", "text/html; charset=utf-8")]
    [InlineData("\u2028\r\n\t<p>x</p>", "text/html; charset=utf-8")]
    [InlineData("\u200b<p>x</p>", "text/plain; charset=utf-8")]
    [InlineData("", "text/plain; charset=utf-8")]
    public void Javascript_whitespace(string body, string type)
    {
        var res = TestContexts.Response();
        res.Body = body;
        Assert.Equal(type, HeaderValues.Single(res, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when a stream is given › should default to an octet stream")]
    public void Stream_is_octet_stream()
    {
        var res = TestContexts.Response();
        using var file = File.OpenRead(typeof(BodyTests).Assembly.Location);
        res.Body = file;
        Assert.Equal("application/octet-stream", HeaderValues.Single(res, "content-type"));
        Assert.False(res.Has("Content-Length"));
    }

    [Fact(DisplayName = "res.body= › when a stream is given › should support custom stream")]
    public void Custom_stream()
    {
        var res = TestContexts.Response();
        res.Body = new CustomReadable();
        Assert.Equal("application/octet-stream", HeaderValues.Single(res, "content-type"));
    }

    // JS checks that the setter adds no 'error' listener (pipeline handles errors). In C# the setter must not touch
    // the stream at all — no read, no dispose — even when the same stream is set twice, and the stream is released
    // exactly once when the response ends.
    [Fact(DisplayName = "res.body= › when a stream is given › should not add error handler to stream (handled by pipeline)")]
    public async Task Setter_leaves_the_stream_alone()
    {
        var res = TestContexts.Response();
        var body = new ProbeStream();
        res.Body = body;
        Assert.Equal(0, body.Reads);
        res.Body = body;
        Assert.Equal(0, body.Reads);
        Assert.Equal(0, body.DisposeCalls);
        await res.ReleaseBodiesAsync();
        Assert.Equal(1, body.DisposeCalls);
    }

    [Fact(DisplayName = "res.body= › when a stream is given › should NOT cleanup original stream when replaced by new stream (to support wrapping middleware)")]
    public void Stream_replaced_by_stream_is_kept()
    {
        var res = TestContexts.Response();
        var stream1 = new ProbeStream();
        var stream2 = new ProbeStream();
        res.Body = stream1;
        res.Body = stream2;
        Assert.False(stream1.Disposed);
        Assert.False(stream2.Disposed);
    }

    [Fact(DisplayName = "res.body= › when a stream is given › should cleanup original stream when replaced by null")]
    public void Stream_replaced_by_null_is_disposed()
    {
        var res = TestContexts.Response();
        var stream = new ProbeStream();
        res.Body = stream;
        res.Body = null;
        Assert.True(stream.Disposed);
    }

    // JS: the replaced stream emits 'error' later and nothing may crash. C#: nothing reads the replaced stream, so the
    // only place it can fail is its disposal when the response ends — that failure is swallowed (node's destroy()
    // ignores it too), and the other body is still released.
    [Fact(DisplayName = "res.body= › when a stream is given › should not throw unhandled errors when replacing failing stream")]
    public async Task Failing_replaced_stream()
    {
        var res = TestContexts.Response();
        var stream1 = new ProbeStream { FailOnDispose = true };
        var stream2 = new ProbeStream();
        res.Body = stream1;
        res.Body = stream2;
        await res.ReleaseBodiesAsync();
        Assert.Equal(1, stream1.DisposeCalls);
        Assert.True(stream2.Disposed);
    }

    [Fact(DisplayName = "res.body= › when a stream is given › should handle multiple sequential stream replacements")]
    public void Three_stream_replacements()
    {
        var res = TestContexts.Response();
        ProbeStream[] streams = [new(), new(), new()];
        foreach (var stream in streams) res.Body = stream;
        Assert.All(streams, stream => Assert.False(stream.Disposed));
    }

    [Fact(DisplayName = "res.body= › when a stream is given › should handle four sequential stream replacements")]
    public async Task Four_stream_replacements()
    {
        var res = TestContexts.Response();
        ProbeStream[] streams = [new(), new(), new(), new()];
        foreach (var stream in streams) res.Body = stream;
        Assert.All(streams, stream => Assert.False(stream.Disposed));
        await res.ReleaseBodiesAsync();
        Assert.All(streams, stream => Assert.Equal(1, stream.DisposeCalls));
    }

    [Fact(DisplayName = "res.body= › when a stream is given › should cleanup stream when replaced by string")]
    public void Stream_replaced_by_string()
    {
        var res = TestContexts.Response();
        var stream = new ProbeStream();
        res.Body = stream;
        res.Body = "hello";
        Assert.True(stream.Disposed);
    }

    [Fact(DisplayName = "res.body= › when a stream is given › should cleanup stream when replaced by buffer")]
    public void Stream_replaced_by_buffer()
    {
        var res = TestContexts.Response();
        var stream = new ProbeStream();
        res.Body = stream;
        res.Body = Encoding.UTF8.GetBytes("hello");
        Assert.True(stream.Disposed);

        var pipe = new Pipe();
        res.Body = pipe.Reader;
        res.Body = new ReadOnlyMemory<byte>([1, 2]);
        Assert.Throws<InvalidOperationException>(() => pipe.Reader.TryRead(out _));
    }

    [Fact(DisplayName = "res.body= › when a stream is given › should cleanup stream when replaced by object")]
    public void Stream_replaced_by_object()
    {
        var res = TestContexts.Response();
        var stream = new ProbeStream();
        res.Body = stream;
        res.Body = new { foo = "bar" };
        Assert.True(stream.Disposed);
    }

    // koa-compress style: a middleware wraps the body stream in another stream that reads from it.
    [Fact(DisplayName = "res.body= › when a stream is given › should support wrapping stream middleware (like koa-compress)")]
    public async Task Wrapping_stream_middleware()
    {
        var res = TestContexts.Response();
        var source = new MemoryStream(Encoding.UTF8.GetBytes("hello world"));
        res.Body = source;

        var wrapped = new BufferedStream(source);
        res.Body = wrapped;

        Assert.True(source.CanRead);
        Assert.True(wrapped.CanRead);

        using var reader = new StreamReader(wrapped);
        Assert.Equal("hello world", await reader.ReadToEndAsync());
    }

    [Fact(DisplayName = "res.body= › when a buffer is given › should default to an octet stream")]
    public void Buffer_is_octet_stream()
    {
        var res = TestContexts.Response();
        res.Body = Encoding.UTF8.GetBytes("hey");
        Assert.Equal("application/octet-stream", HeaderValues.Single(res, "content-type"));

        var memory = TestContexts.Response();
        memory.Body = new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes("hey"));
        Assert.Equal("application/octet-stream", HeaderValues.Single(memory, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when a buffer is given › should set length")]
    public void Buffer_sets_length()
    {
        var res = TestContexts.Response();
        res.Body = Encoding.UTF8.GetBytes("Tobi");
        Assert.Equal("4", HeaderValues.Single(res, "content-length"));

        var memory = TestContexts.Response();
        memory.Body = new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes("Tobi!!"), 1, 4);
        Assert.Equal("4", HeaderValues.Single(memory, "content-length"));

        var writable = TestContexts.Response();
        writable.Body = new Memory<byte>(new byte[8], 2, 5);
        writable.Remove("Content-Length");
        Assert.Equal(5L, writable.Length);

        var segment = TestContexts.Response();
        segment.Body = new ArraySegment<byte>(new byte[8], 1, 6);
        Assert.Equal("6", HeaderValues.Single(segment, "content-length"));
        segment.Remove("Content-Length");
        Assert.Equal(6L, segment.Length);
    }

    [Fact(DisplayName = "res.body= › when an object is given › should default to json")]
    public void Object_is_json()
    {
        var res = TestContexts.Response();
        res.Body = new { foo = "bar" };
        Assert.Equal("application/json; charset=utf-8", HeaderValues.Single(res, "content-type"));
    }

    // Not upstream (v3): a type that already names json is kept (application/vnd.api+json), a text type is not.
    [Fact(DisplayName = "res.body= › when an object is given › should keep a json type and replace any other")]
    public void Object_keeps_json_type()
    {
        var res = TestContexts.Response();
        res.Type = "application/vnd.api+json";
        res.Body = new { foo = "bar" };
        Assert.Equal("application/vnd.api+json", HeaderValues.Single(res, "content-type"));

        var text = TestContexts.Response();
        text.Type = "text/plain";
        text.Body = new[] { 1, 2 };
        Assert.Equal("application/json; charset=utf-8", HeaderValues.Single(text, "content-type"));

        var jsonish = TestContexts.Response();
        jsonish.Type = "application/jsonx";
        jsonish.Body = 5;
        Assert.Equal("application/json; charset=utf-8", HeaderValues.Single(jsonish, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when a ReadableStream is given › should default to an octet stream")]
    public void ReadableStream_is_octet_stream()
    {
        var res = TestContexts.Response();
        res.Body = new Pipe().Reader;
        Assert.Equal("application/octet-stream", HeaderValues.Single(res, "content-type"));
        Assert.False(res.Has("Content-Length"));
    }

    [Fact(DisplayName = "res.body= › when a Blob is given › should default to an octet stream")]
    public void Blob_is_octet_stream()
    {
        var res = TestContexts.Response();
        res.Body = Blob([1, 2, 3], "application/octet-stream");
        Assert.Equal("application/octet-stream", HeaderValues.Single(res, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when a Blob is given › should set length")]
    public async Task Blob_sets_length()
    {
        var res = TestContexts.Response();
        var blob = Blob([1, 2, 3], "application/octet-stream");
        res.Body = blob;
        Assert.Equal("3", HeaderValues.Single(res, "content-length"));
        res.Remove("Content-Length");
        Assert.Equal(3L, res.Length);
        await res.ReleaseBodiesAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => blob.ReadAsStreamAsync());
    }

    // Koa 3.3.0: `this.type = val.type || 'bin'` (3.2 always used bin).
    [Fact(DisplayName = "res.body= › when a Blob is given › should use the blob's type (3.3.0)")]
    public void Blob_type_is_used()
    {
        var res = TestContexts.Response();
        res.Body = Blob(Encoding.UTF8.GetBytes("<p>hi</p>"), "text/html");
        Assert.Equal("text/html; charset=utf-8", HeaderValues.Single(res, "content-type"));
        Assert.Equal(9L, res.Length);

        var untyped = TestContexts.Response();
        untyped.Body = Blob([1], null);
        Assert.Equal("application/octet-stream", HeaderValues.Single(untyped, "content-type"));

        var preset = TestContexts.Response();
        preset.Type = "text/plain";
        preset.Body = Blob([1], "text/html");
        Assert.Equal("text/plain; charset=utf-8", HeaderValues.Single(preset, "content-type"));
    }

    [Fact(DisplayName = "res.body= › when a response is given › should set the status")]
    public void Response_sets_status()
    {
        var res = TestContexts.Response();
        res.Body = new HttpResponseMessage(HttpStatusCode.Created);
        Assert.Equal(201, res.Status);
    }

    [Fact(DisplayName = "res.body= › when a response is given › should set headers")]
    public void Response_sets_headers()
    {
        var res = TestContexts.Response();
        var message = new HttpResponseMessage(HttpStatusCode.OK);
        message.Headers.Add("x-fizz", "buzz");
        message.Headers.Add("x-foo", "bar");
        res.Body = message;
        Assert.Equal("buzz", HeaderValues.Single(res, "x-fizz"));
        Assert.Equal("bar", HeaderValues.Single(res, "x-foo"));
    }

    // fetch's Response.redirect(url, 301): a 301 with a Location header.
    [Fact(DisplayName = "res.body= › when a response is given › should redirect")]
    public void Response_redirects()
    {
        var res = TestContexts.Response();
        res.Body = new HttpResponseMessage(HttpStatusCode.MovedPermanently) { Headers = { Location = new Uri("https://www.example.com/") } };
        Assert.Equal(301, res.Status);
        Assert.Equal("https://www.example.com/", HeaderValues.Single(res, "location"));
    }

    private static ByteArrayContent Blob(byte[] bytes, string? type)
    {
        var content = new ByteArrayContent(bytes);
        if (type is not null) content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    // test-helpers/stream.js: a readable the framework knows nothing about.
    private sealed class CustomReadable : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => 0;
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    // A PassThrough stand-in that counts what is done to it.
    private sealed class ProbeStream : Stream
    {
        public int Reads { get; private set; }
        public int DisposeCalls { get; private set; }
        public bool Disposed => DisposeCalls > 0;
        public bool FailOnDispose { get; init; }
        public override bool CanRead => !Disposed;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            return 0;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            DisposeCalls++;
            base.Dispose(disposing);
            if (FailOnDispose) throw new IOException("stream1 error");
        }
    }
}
