using Microsoft.AspNetCore.Http;

namespace Koa.Tests;

// 100 KB adversarial inputs: linear time, no exception other than the documented ArgumentException.
public sealed class HostileInputTests
{
    private const int Size = 100 * 1024;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    private static string? Get(string header, string name, CookieGetOptions? options = null, Keygrip? keys = null) =>
        new Cookies(new HeaderDictionary { ["Cookie"] = header }, new HeaderDictionary(), new CookiesOptions { Keys = keys }).Get(name, options);

    private static T Timed<T>(Func<T> action)
    {
        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        var result = action();
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        return result;
    }

    public static TheoryData<string, string, string?> Headers => new()
    {
        { new string(';', Size), "foo", null },
        { new string(' ', Size), "foo", null },
        { ";" + new string(' ', Size) + "foo=bar", "foo", "bar" },
        { string.Concat(Enumerable.Repeat("; ", Size / 2)) + "foo=bar", "foo", "bar" },
        { string.Concat(Enumerable.Repeat("foox=1;", Size / 7)) + "foo=bar", "foo", "bar" },
        { string.Concat(Enumerable.Repeat("fo;", Size / 3)), "foo", null },
        { string.Concat(Enumerable.Repeat("foo", Size / 3)), "foo", null },
        { "foo=" + new string('"', Size), "foo", new string('"', Size - 2) },
        { "foo=" + new string('=', Size), "foo", new string('=', Size) },
        { string.Concat(Enumerable.Repeat(";  ", Size / 3)) + "  foo=1", "  foo", "1" },
        { new string(' ', Size) + "=x", new string(' ', Size / 2), "x" },
        { new string(' ', Size) + "=x", new string(' ', Size + 1), null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Get_scans_100KB_headers_in_linear_time(string header, string name, string? expected)
    {
        Assert.Equal(expected, Timed(() => Get(header, name)));
    }

    [Fact]
    public void Signed_get_over_a_100KB_header_with_a_100KB_value()
    {
        var keys = new Keygrip(["keyboard cat"]);
        var value = new string('v', Size);
        var header = string.Concat(Enumerable.Repeat("x=1; ", 1000)) + $"foo={value}; foo.sig={keys.Sign("foo=" + value)}";

        Assert.Equal(value, Timed(() => Get(header, "foo", new() { Signed = true }, keys)));
    }

    [Fact]
    public void Set_validates_100KB_components_in_linear_time()
    {
        var cookies = new Cookies(new HeaderDictionary(), new HeaderDictionary());
        var value = new string('v', Size);

        Timed(() => cookies.Set("foo", value));
        Assert.Equal("argument value is invalid", Timed(() => Assert.Throws<ArgumentException>(() => cookies.Set("foo", value + "\r\n"))).Message);
        Assert.Equal("argument name is invalid", Timed(() => Assert.Throws<ArgumentException>(() => cookies.Set(new string('n', Size) + ";", "v"))).Message);
        Assert.Equal("option path is invalid", Timed(() => Assert.Throws<ArgumentException>(() => cookies.Set("foo", "v", new() { Path = new string('/', Size) + ";" }))).Message);
        Assert.Equal("option domain is invalid", Timed(() => Assert.Throws<ArgumentException>(() => cookies.Set("foo", "v", new() { Domain = string.Concat(Enumerable.Repeat("a.", Size / 2)) + "-" }))).Message);
        Assert.Equal("option domain is invalid", Timed(() => Assert.Throws<ArgumentException>(() => cookies.Set("foo", "v", new() { Domain = new string('a', Size) }))).Message);
        Timed(() => cookies.Set("foo", "v", new() { Domain = string.Concat(Enumerable.Repeat("a.", Size / 2)) + "com" }));
    }
}
