using System.Text.Json.Nodes;

namespace Koa.Tests.Upstream;

/// <summary>
/// The qs 6.17.1 upstream cases whose arguments are code (custom decoder/encoder/filter/sort/serializeDate, cycles),
/// which the recorded fixtures cannot carry: ported by hand, titles as upstream.
/// </summary>
public sealed class QsUpstreamFunctionOptionTests
{
    [Fact(DisplayName = "parse() > can parse with custom encoding")]
    public void Custom_decoder()
    {
        // upstream decodes Shift_JIS with iconv; the point is that the decoder sees every key and value
        var seen = new List<(string, string)>();
        var result = Qs.Parse("%8c%a7=%91%e5%8d%e3%95%7b", new QsOptions
        {
            Decoder = (str, _, _, kind) => { seen.Add((str, kind)); return kind == "key" ? "県" : "大阪府"; },
        });
        Assert.Equal("{\"県\":\"大阪府\"}", result.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal([("%8c%a7", "key"), ("%91%e5%8d%e3%95%7b", "value")], seen);
    }

    [Fact(DisplayName = "parse() > allows for decoding keys and values differently")]
    public void Decoder_kinds()
    {
        var result = Qs.Parse("KeY=vAlUe", new QsOptions
        {
            Decoder = (str, defaultDecoder, charset, kind) => kind switch
            {
                "key" => defaultDecoder(str, defaultDecoder, charset, kind)!.ToLowerInvariant(),
                _ => defaultDecoder(str, defaultDecoder, charset, kind)!.ToUpperInvariant(),
            },
        });
        Assert.Equal("{\"key\":\"VALUE\"}", result.ToJsonString());
    }

    [Fact(DisplayName = "parse() > does not crash when the decoder returns null for a key")]
    public void Decoder_null_key() => Assert.Equal("{\"b\":\"2\"}", Qs.Parse("a=1&b=2", new QsOptions { Decoder = (s, d, c, k) => k == "key" && s == "a" ? null : d(s, d, c, k) }).ToJsonString());

    [Fact(DisplayName = "stringify() > can use custom encoder for a buffer object")]
    public void Custom_encoder()
    {
        Assert.Equal("a=b", Qs.Stringify(new JsonObject { ["a"] = "x" }, new QsStringifyOptions { Encoder = (v, _, _, kind, _) => kind == "key" ? "a" : "b" }));
        Assert.Equal("a=3", Qs.Stringify(new Dictionary<string, object?> { ["a"] = new byte[] { 1, 2, 3 } },
            new QsStringifyOptions { Encoder = (v, d, c, kind, f) => v is byte[] b ? b.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : d(v, d, c, kind, f) }));
    }

    [Fact(DisplayName = "stringify() > supports custom representations when filter=function")]
    public void Filter_function()
    {
        var calls = 0;
        var obj = new Dictionary<string, object?> { ["a"] = "b", ["c"] = "d", ["e"] = new Dictionary<string, object?> { ["f"] = new DateTimeOffset(2009, 11, 10, 23, 0, 0, TimeSpan.Zero) } };
        var result = Qs.Stringify(obj, new QsStringifyOptions
        {
            Filter = (prefix, value) =>
            {
                calls++;
                if (calls > 1) Assert.NotEqual("", prefix);
                if (prefix == "c") return JsUndefined.Value;
                if (value is DateTimeOffset d) return d.ToUnixTimeMilliseconds();
                return value;
            },
        });
        Assert.Equal("a=b&e%5Bf%5D=1257894000000", result);
        Assert.Equal(5, calls);
    }

    [Fact(DisplayName = "stringify() > can sort the keys")]
    public void Sort() => Assert.Equal("a=c&b=f&z%5Bj%5D=a&z%5Bw%5D=b",
        Qs.Stringify(new Dictionary<string, object?> { ["a"] = "c", ["z"] = new Dictionary<string, object?> { ["j"] = "a", ["w"] = "b" }, ["b"] = "f" },
            new QsStringifyOptions { Sort = string.CompareOrdinal }));

    [Fact(DisplayName = "stringify() > allows for encoding keys and values differently")]
    public void Encoder_kinds() => Assert.Equal("key=VALUE",
        Qs.Stringify(new JsonObject { ["KeY"] = "vAlUe" }, new QsStringifyOptions
        {
            Encoder = (v, d, c, kind, f) => kind == "key" ? d(v, d, c, kind, f).ToLowerInvariant() : d(v, d, c, kind, f).ToUpperInvariant(),
        }));

    [Fact(DisplayName = "stringify() > serializeDate option")]
    public void Serialize_date()
    {
        var date = new DateTimeOffset(2020, 1, 2, 3, 4, 5, 6, TimeSpan.Zero);
        Assert.Equal("a=2020-01-02T03%3A04%3A05.006Z", Qs.Stringify(new Dictionary<string, object?> { ["a"] = date }));
        Assert.Equal("a=1577934245006", Qs.Stringify(new Dictionary<string, object?> { ["a"] = date },
            new QsStringifyOptions { SerializeDate = d => d.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.Equal("a=2020-01-02T03%3A04%3A05.006Z%2C2020-01-02T03%3A04%3A05.006Z",
            Qs.Stringify(new Dictionary<string, object?> { ["a"] = new object[] { date, date } }, new QsStringifyOptions { ArrayFormat = QsArrayFormat.Comma }));
    }

    [Fact(DisplayName = "stringify() > doesn't blow up when Buffer global is missing / cyclic references throw")]
    public void Cycles()
    {
        var a = new Dictionary<string, object?>();
        a["b"] = a;
        var ex = Assert.Throws<ArgumentException>(() => Qs.Stringify(new Dictionary<string, object?> { ["foo[bar]"] = "baz", ["foo[baz]"] = a }));
        Assert.StartsWith("Cyclic object value", ex.Message, StringComparison.Ordinal);
        var shared = new Dictionary<string, object?> { ["x"] = "1" };
        Assert.Equal("a%5Bx%5D=1&b%5Bx%5D=1", Qs.Stringify(new Dictionary<string, object?> { ["a"] = shared, ["b"] = shared }));
    }

    [Fact(DisplayName = "stringify() > stringifies using JavaScript key order (integer keys first)")]
    public void Key_order() => Assert.Equal("1=b&a=a", Qs.Stringify(new JsonObject { ["a"] = "a", ["1"] = "b" }));
}
