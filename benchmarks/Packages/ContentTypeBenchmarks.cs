using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="ContentType.Parse(string)"/> (Koa's <c>request.charset</c>), <see cref="ContentType.Format"/> and
/// media-typer's <see cref="MediaTyper"/> on the cases of benchmarks/node/content-type.js.
/// </summary>
[MemoryDiagnoser]
public class ContentTypeBenchmarks
{
    private readonly ContentTypeValue _formatValue = new("text/html", new Dictionary<string, string>
    {
        ["charset"] = "utf-8",
        ["foo"] = "bar or \"baz\"",
    });

    /// <summary><c>contentType.parse('application/json')</c>.</summary>
    [Benchmark(Description = "parse: type")]
    public ContentTypeValue ParseType() => ContentType.Parse("application/json");

    /// <summary><c>contentType.parse('text/html; charset=utf-8')</c>.</summary>
    [Benchmark(Description = "parse: charset")]
    public ContentTypeValue ParseCharset() => ContentType.Parse("text/html; charset=utf-8");

    /// <summary><c>contentType.parse('multipart/form-data; boundary=…')</c>.</summary>
    [Benchmark(Description = "parse: boundary")]
    public ContentTypeValue ParseBoundary() => ContentType.Parse("multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW");

    /// <summary><c>contentType.parse('text/html; charset="UT\\F-8"; foo=bar')</c>: quoted, escaped, two parameters.</summary>
    [Benchmark(Description = "parse: quoted and escaped")]
    public ContentTypeValue ParseQuoted() => ContentType.Parse("Text/HTML; Charset=\"UT\\F-8\"; foo=bar");

    /// <summary><c>contentType.parse('text/html;;')</c> in a try/catch, as Koa's <c>request.charset</c> does.</summary>
    [Benchmark(Description = "parse: invalid (TryParse)")]
    public bool ParseInvalid() => ContentType.TryParse("text/html;;", out _);

    /// <summary><c>contentType.format({ type: 'text/html', parameters: { charset: 'utf-8', foo: 'bar or "baz"' } })</c>.</summary>
    [Benchmark(Description = "format: two parameters")]
    public string Format() => ContentType.Format(_formatValue);

    /// <summary>media-typer <c>parse('image/svg+xml')</c>.</summary>
    [Benchmark(Description = "media-typer parse")]
    public MediaType MediaTyperParse() => MediaTyper.Parse("image/svg+xml");

    /// <summary>media-typer <c>test('application/vnd.api+json')</c>.</summary>
    [Benchmark(Description = "media-typer test")]
    public bool MediaTyperTest() => MediaTyper.Test("application/vnd.api+json");
}
