using System.Text;
using System.Text.Json.Nodes;
using Koa.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace Koa.Tests;

/// <summary>What reading a large JSON body costs: the bytes allocated per byte of body (issue 13: a 1 MB body parsed
/// with a compact representation, not a JsonNode per value).</summary>
public sealed class CoBodyMemoryTests(ITestOutputHelper output)
{
    /// <summary>The document of benchmarks/Packages/BodyBenchmarks.Json: an array of small user records.</summary>
    internal static string Records(int bytes)
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

    private static long AllocatedPerRead(byte[] body, Func<Context, Task> read)
    {
        var app = new Application();
        app.Use(async ctx => { await read(ctx); ctx.Status = 204; });
        var callback = app.Callback();
        void Run()
        {
            var http = new DefaultHttpContext();
            http.Request.Method = "POST";
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = body.Length;
            http.Request.Body = new MemoryStream(body, writable: false);
            http.Response.Body = Stream.Null;
            callback(http).GetAwaiter().GetResult();
        }
        for (var i = 0; i < 3; i++) Run();
        var best = long.MaxValue;
        for (var i = 0; i < 3; i++) best = Math.Min(best, Measure.Allocated(Run));
        return best;
    }

    [Fact(DisplayName = "a 1 MB JSON body of small records is parsed with at most 3.5× its size allocated (it was 17×)")]
    public void One_megabyte_of_records()
    {
        var body = Encoding.UTF8.GetBytes(Records(1024 * 1024));
        JsonNode? parsed = null;
        var allocated = AllocatedPerRead(body, async ctx => parsed = await CoBody.JsonAsync(ctx));
        var ratio = (double)allocated / body.Length;
        output.WriteLine($"1 MB records: {allocated:N0} B allocated for {body.Length:N0} B of body: {ratio:F2}×");
        Assert.Equal(((JsonArray)JsonNode.Parse(body)!).Count, ((JsonArray)parsed!).Count);
        Assert.True(ratio <= 3.5, $"{ratio:F2}×");
    }

    [Fact(DisplayName = "a 1 MB JSON body of text (long strings) is parsed with at most 2× its size allocated")]
    public void One_megabyte_of_text()
    {
        var sb = new StringBuilder("[");
        for (var i = 0; sb.Length < 1024 * 1024 - 2000; i++) sb.Append(i == 0 ? "" : ",").Append("{\"id\":").Append(i).Append(",\"text\":\"").Append('x', 900).Append("\"}");
        var body = Encoding.UTF8.GetBytes(sb.Append(']').ToString());
        var allocated = AllocatedPerRead(body, async ctx => await CoBody.JsonAsync(ctx));
        var ratio = (double)allocated / body.Length;
        output.WriteLine($"1 MB text: {allocated:N0} B allocated for {body.Length:N0} B of body: {ratio:F2}×");
        Assert.True(ratio <= 2, $"{ratio:F2}×");
    }
}
