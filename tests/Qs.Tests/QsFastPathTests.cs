using System.Text.Json;
using System.Text.Json.Nodes;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// packages/Qs/QsFastPath.cs: the common forms built straight into JsonNodes give what qs's full algorithm gives
/// (the conformance fixtures of tests/conformance/qs check both against npm through <c>Qs.Parse</c>; here the two
/// paths are compared directly, and the inputs that must take the fast path are shown to take it).
/// </summary>
public sealed class QsFastPathTests
{
    private static string Model(string query, QsOptions? options) =>
        JsModel.ToNode(QsParser.Parse(query, QsParser.Normalize(options))).ToJsonString();

    [Theory(DisplayName = "fast path: typical forms are built directly, equal to the full algorithm")]
    [InlineData("name=Ada+Lovelace&email=ada%40example.com&age=36&tags%5B%5D=math&tags%5B%5D=poetry&address%5Bcity%5D=London&address%5Bzip%5D=W1&remember=on")]
    [InlineData("user=jon&password=p%C3%A4ss&remember")]
    [InlineData("a[b]=1&a[c]=2&d[]=x&d[]=y&e=%26%3D")]
    [InlineData("q=caf%E9&x=a=b=c")]
    public void Typical(string query)
    {
        foreach (var options in new[] { null, new QsOptions { AllowDots = true }, new QsOptions { StrictNullHandling = true } })
        {
            var fast = QsFastPath.TryParse(query, QsParser.Normalize(options));
            Assert.NotNull(fast);
            Assert.Equal(Model(query, options), fast.ToJsonString());
        }
    }

    [Theory(DisplayName = "fast path: duplicates, index keys, deeper keys, prototype names and limits go the full way")]
    [InlineData("a=1&a=2")]
    [InlineData("a=1&a[b]=2")]
    [InlineData("a[]=1&a[b]=2")]
    [InlineData("a[b]=1&a[b]=2")]
    [InlineData("0=a&b=c")]
    [InlineData("a[0]=x")]
    [InlineData("a[b][c]=x")]
    [InlineData("a.b=c")]
    [InlineData("constructor=x")]
    [InlineData("a[__proto__]=x")]
    [InlineData("[a]=x")]
    [InlineData("a=1&")]
    [InlineData("a[]=1&a[]=2&a[]=3&a[]=4&a[]=5&a[]=6&a[]=7&a[]=8&a[]=9&a[]=10&a[]=11&a[]=12&a[]=13&a[]=14&a[]=15&a[]=16&a[]=17&a[]=18&a[]=19&a[]=20&a[]=21")]
    public void Full_way(string query)
    {
        var options = new QsOptions { AllowDots = true };
        Assert.Null(QsFastPath.TryParse(query, QsParser.Normalize(options)));
        Assert.Equal(Model(query, options), Qs.Parse(query, options).ToJsonString());
    }

    [Fact(DisplayName = "fast path: over the conformance inputs (default options) it answers as the full algorithm whenever it answers")]
    public void Conformance_inputs()
    {
        var inputs = Fixtures.Cases("qs/parse.json").Select(c => c.GetProperty("input")).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!).ToList();
        var taken = 0;
        var failures = new List<string>();
        foreach (var input in inputs)
        {
            JsonObject? fast;
            try
            {
                fast = QsFastPath.TryParse(input, QsParser.Normalize(null));
            }
            catch (Exception ex)
            {
                failures.Add($"{input}: {ex.GetType().Name}");
                continue;
            }
            if (fast is null) continue;
            taken++;
            var model = Model(input, null);
            if (fast.ToJsonString() != model && failures.Count < 10) failures.Add($"{input}: {fast.ToJsonString()} vs {model}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(taken >= 500, $"the fast path answered only {taken} of {inputs.Count}");
    }

    // a fresh options object equal to the defaults: Stringify then takes the full algorithm (the fast path answers
    // only for null or QsStringifyOptions.Default)
    private static readonly QsStringifyOptions FullWay = new();

    [Fact(DisplayName = "stringify fast path: over every conformance parse result it writes what the full algorithm writes")]
    public void Stringify_conformance_results()
    {
        var inputs = Fixtures.Cases("qs/parse.json").Select(c => c.GetProperty("input")).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!).ToList();
        var failures = new List<string>();
        var compared = 0;
        foreach (var input in inputs)
        {
            JsonObject parsed;
            try
            {
                parsed = Qs.Parse(input);
            }
            catch (ArgumentException)
            {
                continue;
            }
            string full;
            try
            {
                full = Qs.Stringify(parsed, FullWay);
            }
            catch (ArgumentException)
            {
                continue;
            }
            compared++;
            var fast = Qs.Stringify(parsed);
            if (fast != full && failures.Count < 10) failures.Add($"{input}: {fast} vs {full}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(compared >= 500, $"only {compared} compared");
    }

    [Theory(DisplayName = "stringify fast path: numbers, booleans, nulls, empty containers, index keys, unicode and lone surrogates as the full algorithm")]
    [InlineData("{\"a\":1,\"b\":1.5,\"c\":-0.000001,\"d\":1e21,\"e\":true,\"f\":false,\"g\":null}")]
    [InlineData("{\"a\":[],\"b\":{},\"c\":[[1,2],[3,[4]]],\"d\":{\"e\":{\"f\":[null,\"\"]}}}")]
    [InlineData("{\"b\":1,\"1\":2,\"a\":{\"2\":3,\"x\":4}}")]
    [InlineData("{\"caf\u00e9 \u2713\":\"\ud83d\ude00 ~*()'!\",\"k[]\":\"a&b=c+d%\"}")]
    [InlineData("{\"\ud800\":\"\udc00x\",\"y\":[\"\ud83d\"]}")]
    [InlineData("{}")]
    public void Stringify_trees(string json)
    {
        var tree = (JsonObject)JsonNode.Parse(json)!;
        Assert.Equal(Qs.Stringify(tree, FullWay), Qs.Stringify(tree));
        Assert.Equal(Qs.Stringify(tree, FullWay), Qs.Stringify(tree, QsStringifyOptions.Default));
    }
}
