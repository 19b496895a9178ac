using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;

namespace Koa.Benchmarks;

/// <summary>Request bodies: <c>Qs.Parse</c> of a typical form, co-body's JSON reader and the whole body parser
/// (a POST through <c>app.Callback()</c> with <c>BodyParser.Create()</c>) on 1 KB and 100 KB JSON bodies and a form.
/// Node twin: benchmarks/node/body.js.</summary>
[MemoryDiagnoser]
public class BodyBenchmarks
{
    internal const string Form = "name=Ada+Lovelace&email=ada%40example.com&age=36&tags%5B%5D=math&tags%5B%5D=poetry&address%5Bcity%5D=London&address%5Bzip%5D=W1&remember=on";

    /// <summary>A JSON document of about <paramref name="bytes"/> bytes: an array of small user records.</summary>
    internal static string Json(int bytes)
    {
        var sb = new StringBuilder("[");
        for (var i = 0; sb.Length < bytes - 100; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append("{\"id\":").Append(i).Append(",\"name\":\"user ").Append(i).Append("\",\"email\":\"u").Append(i)
              .Append("@example.com\",\"score\":").Append(i * 1.25).Append(",\"active\":").Append(i % 2 == 0 ? "true" : "false")
              .Append(",\"tags\":[\"a\",\"b\"]}");
        }
        return sb.Append(']').ToString();
    }

    private RequestDelegate _bodyParser = null!;
    private RequestDelegate _coBody = null!;
    private byte[] _body = [];
    private string _contentType = "";

    [Params("json-1KB", "json-100KB", "form")]
    public string Body { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = Body switch { "json-1KB" => Json(1024), "json-100KB" => Json(100 * 1024), _ => Form };
        _body = Encoding.UTF8.GetBytes(text);
        _contentType = Body == "form" ? "application/x-www-form-urlencoded" : "application/json";

        var app = new Application();
        app.Use(BodyParser.Create());
        app.Use(ctx => { ctx.Status = ctx.Request.Body is null ? 500 : 204; return Task.CompletedTask; });
        _bodyParser = app.Callback();

        var direct = new Application();
        direct.Use(async ctx => ctx.Status = Body == "form" ? ((await CoBody.FormAsync(ctx)).Count > 0 ? 204 : 500) : (await CoBody.JsonAsync(ctx)) is null ? 500 : 204);
        _coBody = direct.Callback();
    }

    private DefaultHttpContext Request()
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.Path = "/";
        http.Request.ContentType = _contentType;
        http.Request.ContentLength = _body.Length;
        http.Request.Body = new MemoryStream(_body, writable: false);
        http.Response.Body = Stream.Null;
        return http;
    }

    [Benchmark]
    public async Task<int> BodyParserPost()
    {
        var http = Request();
        await _bodyParser(http);
        return http.Response.StatusCode;
    }

    [Benchmark]
    public async Task<int> CoBodyRead()
    {
        var http = Request();
        await _coBody(http);
        return http.Response.StatusCode;
    }
}

/// <summary><c>Qs.Parse</c> of a typical urlencoded form and <c>Qs.Stringify</c> of its result. Node twin: benchmarks/node/body.js.</summary>
[MemoryDiagnoser]
public class QsBenchmarks
{
    private readonly System.Text.Json.Nodes.JsonObject _parsed = Qs.Parse(BodyBenchmarks.Form);

    [Benchmark]
    public int QsParseForm() => Qs.Parse(BodyBenchmarks.Form).Count;

    [Benchmark]
    public int QsParseFormAllowDots() => Qs.Parse(BodyBenchmarks.Form, new QsOptions { AllowDots = true }).Count;

    [Benchmark]
    public int QsStringify() => Qs.Stringify(_parsed).Length;
}
