namespace Koa.Tests.Applications;

// __tests__/application/toJSON.test.js
public sealed class ToJSONTests
{
    [Fact(DisplayName = "app.toJSON() › should work")]
    public void Works()
    {
        var app = new Application(new ApplicationOptions { Env = "test" });
        var obj = app.ToJSON();
        Assert.Equal(new Dictionary<string, object?> { ["subdomainOffset"] = 2, ["proxy"] = false, ["env"] = "test" }, obj);
    }
}
