namespace Koa.Tests.Applications;

// __tests__/application/inspect.test.js — util.inspect(app) is app.ToString().
public sealed class InspectTests
{
    private readonly Application _app = new(new ApplicationOptions { Env = "test" });

    [Fact(DisplayName = "app.inspect() › should work")]
    public void Works()
    {
        var str = _app.ToString();
        Assert.Equal("{ subdomainOffset: 2, proxy: false, env: 'test' }", str);
    }

    [Fact(DisplayName = "app.inspect() › should return a json representation")]
    public void Returns_json()
    {
        Assert.Equal(new Dictionary<string, object?> { ["subdomainOffset"] = 2, ["proxy"] = false, ["env"] = "test" }, _app.Inspect());
    }
}
