namespace Koa.Tests;

// Ported from jshttp/http-assert 1.5.0 test/test.js: one class per `describe`, the upstream path in each DisplayName.
// `assert(value, …)` with a JavaScript value is the object? overload (truthiness); with true/false the bool overload.

public class AssertTests
{
    [Fact(DisplayName = "assert() › should throw when guard is falsy")]
    public void Should_throw_when_guard_is_falsy()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.Assert(false, 401, "fail"));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
        Assert.True(err.Expose);
    }

    [Fact(DisplayName = "assert() › should not throw when guard is truthy")]
    public void Should_not_throw_when_guard_is_truthy() => HttpAssert.Assert(true, 401, "fail");

    [Fact(DisplayName = "assert() › should accept options for the error object")]
    public void Should_accept_options_for_the_error_object()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.Assert(false, 401, "fail", new Dictionary<string, object?> { ["expose"] = false }));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
        Assert.False(err.Expose);
    }

    [Fact(DisplayName = "assert() › should not expose 5xx errors")]
    public void Should_not_expose_5xx_errors()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.Assert(false, 500));

        Assert.Equal(500, err.Status);
        Assert.Equal("Internal Server Error", err.Message);
        Assert.False(err.Expose);
    }

    [Fact(DisplayName = "assert() › should default to status code 500")]
    public void Should_default_to_status_code_500()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.Assert(false, "fail"));

        Assert.Equal(500, err.Status);
        Assert.Equal("fail", err.Message);
        Assert.False(err.Expose);
    }
}

public class AssertEqualTests
{
    [Fact(DisplayName = "assert.equal() › should throw when things aren't equal")]
    public void Should_throw_when_things_arent_equal()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.Equal("a", "b", 401, "fail"));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
    }

    [Fact(DisplayName = "assert.equal() › should not throw when things are equal")]
    public void Should_not_throw_when_things_are_equal() => HttpAssert.Equal(1, "1", 401, "fail");
}

public class AssertNotEqualTests
{
    [Fact(DisplayName = "assert.notEqual() › should throw when things are equal")]
    public void Should_throw_when_things_are_equal()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.NotEqual("a", "a", 401, "fail"));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
    }

    [Fact(DisplayName = "assert.notEqual() › should not throw when things aren't equal")]
    public void Should_not_throw_when_things_arent_equal() => HttpAssert.NotEqual(1, 11, 401, "fail");
}

public class AssertOkTests
{
    [Fact(DisplayName = "assert.ok() › should throw when value is falsy")]
    public void Should_throw_when_value_is_falsy()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.Ok(false, 401, "fail"));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
    }

    [Fact(DisplayName = "assert.ok() › should not throw when value is truthy")]
    public void Should_not_throw_when_value_is_truthy() => HttpAssert.Ok(true, 401, "fail");
}

public class AssertStrictEqualTests
{
    [Fact(DisplayName = "assert.strictEqual() › should throw when things aren't equal")]
    public void Should_throw_when_things_arent_equal()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.StrictEqual(1, "1", 401, "fail"));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
    }

    [Fact(DisplayName = "assert.strictEqual() › should not throw when things are equal")]
    public void Should_not_throw_when_things_are_equal() => HttpAssert.StrictEqual(1, 1, 401, "fail");
}

public class AssertNotStrictEqualTests
{
    [Fact(DisplayName = "assert.notStrictEqual() › should throw when things are equal")]
    public void Should_throw_when_things_are_equal()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.NotStrictEqual(1, 1, 401, "fail"));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
    }

    [Fact(DisplayName = "assert.notStrictEqual() › should not throw when things aren't equal")]
    public void Should_not_throw_when_things_arent_equal() => HttpAssert.NotStrictEqual(1, "1", 401, "fail");
}

public class AssertDeepEqualTests
{
    [Fact(DisplayName = "assert.deepEqual() › should throw when things aren't deeply equal")]
    public void Should_throw_when_things_arent_deeply_equal()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.DeepEqual(new Dictionary<string, object?> { ["a"] = "a" }, new Dictionary<string, object?> { ["b"] = "b" }, 401, "fail"));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
    }

    [Fact(DisplayName = "assert.deepEqual() › should not throw when things are deeply equal")]
    public void Should_not_throw_when_things_are_deeply_equal() =>
        HttpAssert.DeepEqual(new Dictionary<string, object?> { ["a"] = "a" }, new Dictionary<string, object?> { ["a"] = "a" }, 401, "fail");
}

public class AssertNotDeepEqualTests
{
    [Fact(DisplayName = "assert.notDeepEqual() › should throw when things aren't deeply equal")]
    public void Should_throw_when_things_arent_deeply_equal()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.NotDeepEqual(new Dictionary<string, object?> { ["a"] = "a" }, new Dictionary<string, object?> { ["a"] = "a" }, 401, "fail"));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
    }

    [Fact(DisplayName = "assert.notDeepEqual() › should not throw when things are deeply equal")]
    public void Should_not_throw_when_things_are_deeply_equal() =>
        HttpAssert.NotDeepEqual(new Dictionary<string, object?> { ["a"] = "a" }, new Dictionary<string, object?> { ["b"] = "b" }, 401, "fail");
}

public class AssertFailTests
{
    [Fact(DisplayName = "assert.fail() › should always throw")]
    public void Should_always_throw()
    {
        var err = Assert.ThrowsAny<HttpError>(() => HttpAssert.Fail(401, "fail"));

        Assert.Equal(401, err.Status);
        Assert.Equal("fail", err.Message);
    }
}
