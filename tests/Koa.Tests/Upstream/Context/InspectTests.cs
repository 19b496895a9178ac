namespace Koa.Tests.Contexts;

// __tests__/context/inspect.test.js
public sealed class InspectTests
{
    [Fact(DisplayName = "ctx.inspect() › should return a json representation")]
    public void Returns_json()
    {
        var ctx = TestContexts.Create();
        var toJSON = ctx.ToJSON();
        Assert.Equal(JsJson.Stringify(toJSON, JsJson.Compact), JsJson.Stringify(ctx.Inspect(), JsJson.Compact));
        Assert.Equal(JsJson.Stringify(toJSON, JsJson.Compact), JsJson.Stringify(ctx, JsJson.Compact));
    }

    // console.log(require.cache) will call prototype.inspect(): here, a context not bound to a request.
    [Fact(DisplayName = "ctx.inspect() › should not crash when called on the prototype")]
    public void Unbound_context()
    {
        var prototype = new Context();
        Assert.Empty(prototype.Inspect());
    }
}
