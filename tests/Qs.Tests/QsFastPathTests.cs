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
}
