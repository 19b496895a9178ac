namespace Koa.Tests.Contexts;

// __tests__/context/throw.test.js — properties land in HttpError.Properties, or Exception.Data for other exceptions.
public sealed class ThrowMessageTests
{
    [Fact(DisplayName = "ctx.throw(msg) › should set .status to 500")]
    public void Status_500()
    {
        var ctx = TestContexts.Create();
        var err = Assert.ThrowsAny<HttpError>(() => ctx.Throw("boom"));
        Assert.Equal(500, err.Status);
        Assert.False(err.Expose);
    }
}

public sealed class ThrowErrorTests
{
    [Fact(DisplayName = "ctx.throw(err) › should set .status to 500")]
    public void Status_500()
    {
        var ctx = TestContexts.Create();
        var error = new InvalidOperationException("test");
        var err = Assert.Throws<InvalidOperationException>(() => ctx.Throw(error));
        Assert.Equal(500, HttpErrors.GetStatus(err));
        Assert.Equal("test", err.Message);
        Assert.False(HttpErrors.GetExpose(err));
    }
}

public sealed class ThrowStatusErrorTests
{
    [Fact(DisplayName = "ctx.throw(status, err) › should throw the error and set .status")]
    public void Sets_status()
    {
        var ctx = TestContexts.Create();
        var error = new InvalidOperationException("test");
        var err = Assert.Throws<InvalidOperationException>(() => ctx.Throw(422, error));
        Assert.Equal(422, HttpErrors.GetStatus(err));
        Assert.Equal("test", err.Message);
        Assert.True(HttpErrors.GetExpose(err));
    }
}

public sealed class ThrowStatusMessageTests
{
    [Fact(DisplayName = "ctx.throw(status, msg) › should throw an error")]
    public void Throws()
    {
        var ctx = TestContexts.Create();
        var err = Assert.ThrowsAny<HttpError>(() => ctx.Throw(400, "name required"));
        Assert.Equal("name required", err.Message);
        Assert.Equal(400, err.Status);
        Assert.True(err.Expose);
    }
}

public sealed class ThrowStatusTests
{
    [Fact(DisplayName = "ctx.throw(status) › should throw an error")]
    public void Throws()
    {
        var ctx = TestContexts.Create();
        var err = Assert.ThrowsAny<HttpError>(() => ctx.Throw(400));
        Assert.Equal("Bad Request", err.Message);
        Assert.Equal(400, err.Status);
        Assert.True(err.Expose);
    }

    [Fact(DisplayName = "ctx.throw(status) › when not valid status › should not expose")]
    public void Invalid_status_not_exposed()
    {
        var ctx = TestContexts.Create();
        var error = new InvalidOperationException("some error");
        error.Data["status"] = -1;
        var err = Assert.Throws<InvalidOperationException>(() => ctx.Throw(error));
        Assert.Equal("some error", err.Message);
        Assert.False(HttpErrors.GetExpose(err));
    }
}

public sealed class ThrowStatusMessagePropsTests
{
    [Fact(DisplayName = "ctx.throw(status, msg, props) › should mixin props")]
    public void Mixes_in_props()
    {
        var ctx = TestContexts.Create();
        var err = Assert.ThrowsAny<HttpError>(() => ctx.Throw(400, "msg", new Dictionary<string, object?> { ["prop"] = true }));
        Assert.Equal("msg", err.Message);
        Assert.Equal(400, err.Status);
        Assert.True(err.Expose);
        Assert.Equal(true, err.Properties["prop"]);
    }

    [Fact(DisplayName = "ctx.throw(status, msg, props) › when props include status › should be ignored")]
    public void Status_prop_ignored()
    {
        var ctx = TestContexts.Create();
        var err = Assert.ThrowsAny<HttpError>(() => ctx.Throw(400, "msg", new Dictionary<string, object?> { ["prop"] = true, ["status"] = -1 }));
        Assert.Equal("msg", err.Message);
        Assert.Equal(400, err.Status);
        Assert.True(err.Expose);
        Assert.Equal(true, err.Properties["prop"]);
    }
}

public sealed class ThrowMessagePropsTests
{
    [Fact(DisplayName = "ctx.throw(msg, props) › should mixin props")]
    public void Mixes_in_props()
    {
        var ctx = TestContexts.Create();
        var err = Assert.ThrowsAny<HttpError>(() => ctx.Throw("msg", new Dictionary<string, object?> { ["prop"] = true }));
        Assert.Equal("msg", err.Message);
        Assert.Equal(500, err.Status);
        Assert.False(err.Expose);
        Assert.Equal(true, err.Properties["prop"]);
    }
}

public sealed class ThrowStatusPropsTests
{
    [Fact(DisplayName = "ctx.throw(status, props) › should mixin props")]
    public void Mixes_in_props()
    {
        var ctx = TestContexts.Create();
        var err = Assert.ThrowsAny<HttpError>(() => ctx.Throw(400, new Dictionary<string, object?> { ["prop"] = true }));
        Assert.Equal("Bad Request", err.Message);
        Assert.Equal(400, err.Status);
        Assert.True(err.Expose);
        Assert.Equal(true, err.Properties["prop"]);
    }
}

public sealed class ThrowErrorPropsTests
{
    [Fact(DisplayName = "ctx.throw(err, props) › should mixin props")]
    public void Mixes_in_props()
    {
        var ctx = TestContexts.Create();
        var err = Assert.Throws<InvalidOperationException>(() => ctx.Throw(new InvalidOperationException("test"), new Dictionary<string, object?> { ["prop"] = true }));
        Assert.Equal("test", err.Message);
        Assert.Equal(500, HttpErrors.GetStatus(err));
        Assert.False(HttpErrors.GetExpose(err));
        Assert.Equal(true, err.Data["prop"]);
    }
}
