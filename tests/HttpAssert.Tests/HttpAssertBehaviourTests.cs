using System.Collections;
using Koa.Tests.Shared;

namespace Koa.Tests;

public class HttpAssertApiTests
{
    private static Dictionary<string, object?> Obj(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static HttpError Throws(Action action) => Assert.ThrowsAny<HttpError>(action);

    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(HttpAssert).Assembly);

    [Fact]
    public void Every_overload_without_status_throws_a_500()
    {
        Action[] calls =
        [
            () => HttpAssert.Assert(false, "m"),
            () => HttpAssert.Assert((object?)null, "m"),
            () => HttpAssert.Ok(false, "m"),
            () => HttpAssert.Ok((object?)"", "m"),
            () => HttpAssert.Fail("m"),
            () => HttpAssert.Equal(1, 2, "m"),
            () => HttpAssert.NotEqual(1, "1", "m"),
            () => HttpAssert.StrictEqual(1, "1", "m"),
            () => HttpAssert.NotStrictEqual(1, 1L, "m"),
            () => HttpAssert.DeepEqual(new[] { 1 }, new[] { 2 }, "m"),
            () => HttpAssert.NotDeepEqual(new[] { 1 }, new[] { "1" }, "m"),
        ];
        foreach (var call in calls)
        {
            var err = Throws(call);
            Assert.IsType<InternalServerError>(err);
            Assert.Equal("m", err.Message);
            Assert.False(err.Expose);
        }
        Assert.Equal("Internal Server Error", Throws(() => HttpAssert.Fail()).Message);
    }

    [Fact]
    public void Every_overload_with_status_passes_properties_through()
    {
        var props = Obj(("expose", false), ("id", 7));
        Action[] calls =
        [
            () => HttpAssert.Assert(false, 409, "m", props),
            () => HttpAssert.Assert((object?)0, 409, "m", props),
            () => HttpAssert.Ok(false, 409, "m", props),
            () => HttpAssert.Ok((object?)double.NaN, 409, "m", props),
            () => HttpAssert.Fail(409, "m", props),
            () => HttpAssert.Equal("a", "b", 409, "m", props),
            () => HttpAssert.NotEqual(0, "", 409, "m", props),
            () => HttpAssert.StrictEqual(0, "", 409, "m", props),
            () => HttpAssert.NotStrictEqual("a", 'a', 409, "m", props),
            () => HttpAssert.DeepEqual(Obj(("a", 1)), Obj(("a", 2)), 409, "m", props),
            () => HttpAssert.NotDeepEqual(Obj(("a", 1)), Obj(("a", "1")), 409, "m", props),
        ];
        foreach (var call in calls)
        {
            var err = Throws(call);
            Assert.IsType<ConflictError>(err);
            Assert.Equal(409, err.Status);
            Assert.Equal("m", err.Message);
            Assert.False(err.Expose);
            Assert.Equal(7, err.Properties["id"]);
        }
    }

    [Fact]
    public void Passing_guards_do_not_throw()
    {
        HttpAssert.Assert(true, "m");
        HttpAssert.Assert((object?)"x", 400);
        HttpAssert.Assert((object?)new object(), "m");
        HttpAssert.Ok(true);
        HttpAssert.Ok((object?)1, 400);
        HttpAssert.Ok((object?)Array.Empty<int>());
        HttpAssert.Equal(null, null);
        HttpAssert.StrictEqual(2, 2.0, 400);
        HttpAssert.DeepEqual(null, null, 400);
    }

    // http-errors 1.8.1 takes its messages from statuses 1.5.0: these three statuses differ from http-errors 2.
    [Fact]
    public void Statuses_1_5_0_messages_are_used()
    {
        var teapot = Throws(() => HttpAssert.Fail(418));
        Assert.IsType<ImATeapotError>(teapot);
        Assert.Equal("I'm a teapot", teapot.Message);
        Assert.Equal("mine", Throws(() => HttpAssert.Fail(418, "mine")).Message);

        var early = Throws(() => HttpAssert.Fail(425));
        Assert.IsType<TooEarlyError>(early);
        Assert.Equal("Unordered Collection", early.Message);

        var unused = Throws(() => HttpAssert.Fail(306));
        Assert.Equal(306, unused.Status);
        Assert.Equal("(Unused)", unused.Message);
        Assert.True(unused.Expose);
        Assert.False(unused.GetType().IsVisible);
        Assert.Equal("(Unused)", Throws(() => HttpAssert.Fail(306, "")).Message);
        Assert.Equal("m", Throws(() => HttpAssert.Fail(306, "m")).Message);
        Assert.False(Throws(() => HttpAssert.Fail(306, null, Obj(("expose", false)))).Expose);
    }

    [Fact]
    public void Numbers_are_one_type_and_chars_are_strings()
    {
        HttpAssert.StrictEqual(1, 1L);
        HttpAssert.StrictEqual(1.5f, 1.5d);
        HttpAssert.StrictEqual(1m, (byte)1);
        HttpAssert.StrictEqual('a', "a");
        HttpAssert.NotStrictEqual(double.NaN, double.NaN);
        HttpAssert.StrictEqual(0d, -0d);
        HttpAssert.Equal(true, 1);
        HttpAssert.Equal("1", true);
        HttpAssert.NotEqual(null, 0);
        HttpAssert.NotEqual(false, null);
    }

    [Fact]
    public void Collections_meet_primitives_as_their_joined_text()
    {
        HttpAssert.Equal(new object?[] { 1, null, "a", true, 1.5, new[] { 2, 3 } }, "1,,a,true,1.5,2,3");
        HttpAssert.Equal("1,,a,true,1.5,2,3", new object?[] { 1, null, "a", true, 1.5, new[] { 2, 3 } });
        HttpAssert.Equal(Obj(), "[object Object]");
        HttpAssert.Equal(new object[] { Obj() }, "[object Object]");
        HttpAssert.Equal(new object[] { new Uri("http://x/") }, "http://x/");
        HttpAssert.Equal(Array.Empty<int>(), 0);
        HttpAssert.NotEqual(new[] { 1 }, new[] { 1 });
        HttpAssert.NotEqual(Obj(), new List<int>());
    }

    [Fact]
    public void Other_objects_compare_with_Equals()
    {
        var guid = Guid.NewGuid();
        HttpAssert.StrictEqual(guid, new Guid(guid.ToString()));
        HttpAssert.Equal(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.ToOffset(TimeSpan.FromHours(2)));
        HttpAssert.NotEqual(guid, guid.ToString());
        HttpAssert.NotEqual(DateTime.UnixEpoch, 0);
        HttpAssert.DeepEqual(guid, new Guid(guid.ToString()));
        HttpAssert.NotDeepEqual(new Uri("http://a/"), new Uri("http://b/"));
        HttpAssert.NotDeepEqual(new Uri("http://a/"), Obj());
        HttpAssert.NotDeepEqual(Obj(), new Uri("http://a/"));
    }

    [Fact]
    public void Deep_equal_walks_dictionaries_and_collections_loosely()
    {
        HttpAssert.DeepEqual(Obj(("a", new[] { 1 })), Obj(("a", new List<object?> { "1" })));
        HttpAssert.DeepEqual(new[] { 1, 2 }, Obj(("0", 1), ("1", "2")));
        HttpAssert.DeepEqual(new Hashtable { ["a"] = 1 }, Obj(("a", 1L)));
        HttpAssert.DeepEqual(new Dictionary<int, string> { [0] = "x" }, new[] { "x" });
        HttpAssert.DeepEqual(new List<object?>(), Obj());
        HttpAssert.NotDeepEqual(Obj(("a", 1)), Obj(("a", 1), ("b", 2)));
        HttpAssert.NotDeepEqual(Obj(("a", 1)), Obj(("b", 1)));
        HttpAssert.NotDeepEqual(Obj(("prototype", 1)), Obj(("prototype", 2)));
        HttpAssert.NotDeepEqual("ab", new[] { "a", "b" });
        HttpAssert.NotDeepEqual(1, Obj());
        HttpAssert.DeepEqual(0, Array.Empty<int>());
    }

    [Fact]
    public void Deep_equal_compares_byte_buffers_only_with_buffers()
    {
        HttpAssert.DeepEqual(new byte[] { 1, 2 }, new byte[] { 1, 2 });
        HttpAssert.NotDeepEqual(new byte[] { 1, 2 }, new byte[] { 1, 3 });
        HttpAssert.NotDeepEqual(new byte[] { 1, 2 }, new[] { 1, 2 });
        HttpAssert.DeepEqual(new[] { 1, 2 }, new byte[] { 1, 2 });
    }

    [Fact]
    public void A_structure_that_contains_itself_stops_with_InsufficientExecutionStackException()
    {
        var loop = new List<object?>();
        loop.Add(loop);
        var other = new List<object?>();
        other.Add(other);
        Assert.Throws<InsufficientExecutionStackException>(() => HttpAssert.DeepEqual(loop, other));
        Assert.Throws<InsufficientExecutionStackException>(() => HttpAssert.Equal(loop, "x"));
    }

    private static void WithinOneSecond(Action action)
    {
        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        action();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Hostile_100KB_strings_are_linear()
    {
        WithinOneSecond(() => HttpAssert.Equal(new string(' ', 100_000) + "1", 1));
        WithinOneSecond(() => HttpAssert.NotEqual(new string('9', 100_000), 1));
        WithinOneSecond(() => HttpAssert.NotEqual("0x" + new string('f', 100_000), 1));
        WithinOneSecond(() => HttpAssert.NotEqual(new string('1', 50_000) + "." + new string('1', 50_000) + "e", 1));
    }

    [Fact]
    public void Hostile_100K_item_structures_are_linear()
    {
        var numbers = Enumerable.Range(0, 100_000).Select(i => (object?)(i % 10)).ToList();
        var strings = numbers.Select(n => (object?)n!.ToString()).ToList();
        var indexed = numbers.Select((n, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), n)).ToDictionary();
        WithinOneSecond(() => HttpAssert.DeepEqual(numbers, strings));
        WithinOneSecond(() => HttpAssert.DeepEqual(indexed, strings));
        WithinOneSecond(() => HttpAssert.Equal(numbers, string.Join(',', numbers)));
    }

    [Fact]
    public void Case_insensitive_dictionaries_still_compare_keys_ordinally()
    {
        var upper = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["A"] = 1 };
        var lower = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["a"] = 1 };
        HttpAssert.NotDeepEqual(upper, lower);
        HttpAssert.DeepEqual(upper, new Dictionary<string, object?> { ["A"] = 1 });
    }

    // A deep structure must not overflow the stack (which would end the process): it stops with an exception.
    [Fact]
    public void Hostile_deep_nesting_stops_with_InsufficientExecutionStackException()
    {
        object? deepA = 1;
        object? deepB = 1;
        for (var i = 0; i < 100_000; i++)
        {
            deepA = new List<object?> { deepA };
            deepB = new Dictionary<string, object?> { ["0"] = deepB };
        }
        WithinOneSecond(() => Assert.Throws<InsufficientExecutionStackException>(() => HttpAssert.DeepEqual(deepA, deepB)));
        WithinOneSecond(() => Assert.Throws<InsufficientExecutionStackException>(() => HttpAssert.Equal(deepA, "1")));
    }
}
