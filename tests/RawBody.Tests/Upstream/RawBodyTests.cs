using System.Text;

namespace Koa.Tests.Upstream;

/// <summary>raw-body 2.5.3 test/index.js, case by case (the callback/Promise/streams1 cases are about JavaScript calling conventions; their C# counterparts are noted).</summary>
public sealed class RawBodyTests
{
    private static readonly string Text = string.Concat(Enumerable.Range(0, 2000).Select(i => $"line {i}: raw-body test ✓\n"));
    private static readonly byte[] Data = Encoding.UTF8.GetBytes(Text);
    private static readonly long Length = Data.Length;

    private static ChunkedStream CreateStream(byte[]? data = null) => new(data ?? Data);

    private static void CheckBuffer(byte[] buf)
    {
        Assert.Equal(Length, buf.Length);
        Assert.Equal(Text, Encoding.UTF8.GetString(buf));
    }

    [Fact(DisplayName = "should validate stream")]
    public async Task Validate_stream() => await Assert.ThrowsAsync<ArgumentNullException>(() => RawBody.ReadAsync(null!));

    [Fact(DisplayName = "should work without any options")]
    public async Task No_options() => CheckBuffer(await RawBody.ReadAsync(CreateStream()));

    [Fact(DisplayName = "should work with `true` as an option")]
    public async Task True_option() => Assert.Equal(Text, await RawBody.ReadStringAsync(CreateStream()));

    [Fact(DisplayName = "should error for bad callback")]
    public void Bad_callback()
    {
        // C#: there is no callback; the compiler checks the arguments. The asynchronous API is the Task.
        Assert.NotNull(typeof(RawBody).GetMethod(nameof(RawBody.ReadAsync)));
    }

    [Fact(DisplayName = "should work with length")]
    public async Task With_length() => CheckBuffer(await RawBody.ReadAsync(CreateStream(), new RawBodyOptions { Length = Length }));

    [Fact(DisplayName = "should work when length=0")]
    public async Task Length_zero() => Assert.Empty(await RawBody.ReadAsync(CreateStream([]), new RawBodyOptions { Length = 0 }));

    [Fact(DisplayName = "should work with limit")]
    public async Task With_limit() => CheckBuffer(await RawBody.ReadAsync(CreateStream(), new RawBodyOptions { Limit = Length + 1 }));

    [Fact(DisplayName = "should work with limit as a string")]
    public async Task Limit_string() => CheckBuffer(await RawBody.ReadAsync(CreateStream(), new RawBodyOptions { Limit = 1024 * 1024 })); // '1mb': sizes are longs in C#

    [Fact(DisplayName = "should work with limit and length")]
    public async Task Limit_and_length() => CheckBuffer(await RawBody.ReadAsync(CreateStream(), new RawBodyOptions { Length = Length, Limit = Length + 1 }));

    [Fact(DisplayName = "should check options for limit and length")]
    public async Task Check_limit_and_length()
    {
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(CreateStream(), new RawBodyOptions { Length = Length, Limit = Length - 1 }));
        Assert.Equal(413, err.Status);
        Assert.Equal(413, err.StatusCode);
        Assert.Equal(Length, err.Properties["expected"]);
        Assert.Equal(Length, err.Properties["length"]);
        Assert.Equal(Length - 1, err.Properties["limit"]);
        Assert.Equal("entity.too.large", err.Properties["type"]);
        Assert.Equal("request entity too large", err.Message);
    }

    [Fact(DisplayName = "should work with an empty stream")]
    public async Task Empty_stream() => Assert.Empty(await RawBody.ReadAsync(CreateStream([]), new RawBodyOptions { Length = 0, Limit = 1 }));

    [Fact(DisplayName = "should throw on empty string and incorrect length")]
    public async Task Empty_incorrect_length() =>
        Assert.Equal(400, (await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(CreateStream([]), new RawBodyOptions { Length = 1, Limit = 2 }))).Status);

    [Fact(DisplayName = "should throw if length > limit")]
    public async Task Length_over_limit()
    {
        var stream = CreateStream();
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(stream, new RawBodyOptions { Limit = Length - 1 }));
        Assert.Equal(413, err.Status);
        Assert.Equal("entity.too.large", err.Properties["type"]);
        Assert.True(stream.BytesRead <= Length - 1 + 16 * 1024, "stops reading once the limit is crossed");
    }

    [Fact(DisplayName = "should throw if incorrect length supplied")]
    public async Task Incorrect_length()
    {
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(CreateStream(), new RawBodyOptions { Length = Length - 1 }));
        Assert.Equal(400, err.Status);
        Assert.Equal("request.size.invalid", err.Properties["type"]);
        Assert.Equal("request size did not match content length", err.Message);
    }

    [Fact(DisplayName = "should work with if length is null")]
    public async Task Length_null() => CheckBuffer(await RawBody.ReadAsync(CreateStream(), new RawBodyOptions { Length = null, Limit = Length + 1 }));

    [Fact(DisplayName = "should work with {\"test\":\"å\"}")]
    public async Task Utf8_length()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"test\":\"å\"}");
        Assert.Equal("{\"test\":\"å\"}", await RawBody.ReadStringAsync(CreateStream(bytes), new RawBodyOptions { Length = 13, Limit = 13 }));
    }

    [Fact(DisplayName = "should throw if stream encoding is set")]
    public void Stream_encoding_set()
    {
        // C#: a Stream carries bytes only; there is no stream-level encoding to be set (raw-body's 500 stream.encoding.set cannot happen).
        Assert.True(typeof(Stream).GetProperty("Encoding") is null);
    }

    [Fact(DisplayName = "should throw when given an invalid encoding")]
    public async Task Invalid_encoding()
    {
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadStringAsync(CreateStream(), new RawBodyOptions { Encoding = "akljsdflkajsdf" }));
        Assert.Equal(415, err.Status);
        Assert.Equal("encoding.unsupported", err.Properties["type"]);
        Assert.Equal("akljsdflkajsdf", err.Properties["encoding"]);
        Assert.Equal("specified encoding unsupported", err.Message);
    }

    [Fact(DisplayName = "with global Promise › should work as a promise")]
    public async Task As_promise() => CheckBuffer(await RawBody.ReadAsync(CreateStream()));

    [Fact(DisplayName = "with global Promise › should work as a promise when length > limit")]
    public async Task Promise_length_over_limit() =>
        Assert.Equal(413, (await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(CreateStream(), new RawBodyOptions { Length = Length, Limit = Length - 1 }))).Status);

    [Fact(DisplayName = "without global Promise › should error without callback")]
    public void Without_callback() => Assert.Equal(typeof(Task<byte[]>), typeof(RawBody).GetMethod(nameof(RawBody.ReadAsync))!.ReturnType); // C#: always a Task

    [Fact(DisplayName = "without global Promise › should work with callback as second argument")]
    public async Task Callback_second() => CheckBuffer(await RawBody.ReadAsync(CreateStream()));

    [Fact(DisplayName = "without global Promise › should work with callback as third argument")]
    public async Task Callback_third() => CheckBuffer(await RawBody.ReadAsync(CreateStream(), new RawBodyOptions()));

    [Fact(DisplayName = "without global Promise › should presist store in callback")]
    public async Task Store_callback()
    {
        var local = new AsyncLocal<string> { Value = "value" };
        await RawBody.ReadAsync(CreateStream());
        Assert.Equal("value", local.Value);
    }

    [Fact(DisplayName = "without global Promise › should presist store in promise")]
    public async Task Store_promise()
    {
        var local = new AsyncLocal<string> { Value = "value" };
        await RawBody.ReadStringAsync(CreateStream());
        Assert.Equal("value", local.Value);
    }

    private static readonly string Como = "¿Cómo estás?";

    [Fact(DisplayName = "when an encoding is set › should return a string")]
    public async Task Returns_string() => Assert.Equal(Text, await RawBody.ReadStringAsync(CreateStream(), new RawBodyOptions { Encoding = "utf-8" }));

    [Fact(DisplayName = "when an encoding is set › should handle encoding true as utf-8")]
    public async Task Encoding_true() => Assert.Equal(Text, await RawBody.ReadStringAsync(CreateStream()));

    [Fact(DisplayName = "when an encoding is set › should handle encoding as options string")]
    public async Task Encoding_string() => Assert.Equal(Text, await RawBody.ReadStringAsync(CreateStream(), new RawBodyOptions { Encoding = "UTF-8" }));

    [Fact(DisplayName = "when an encoding is set › should decode codepage string")]
    public async Task Codepage() => Assert.Equal(Como, await RawBody.ReadStringAsync(CreateStream(Convert.FromHexString("bf43f36d6f20657374e1733f")), new RawBodyOptions { Encoding = "iso-8859-1" }));

    [Fact(DisplayName = "when an encoding is set › should decode UTF-8 string")]
    public async Task Utf8() => Assert.Equal(Como, await RawBody.ReadStringAsync(CreateStream(Convert.FromHexString("c2bf43c3b36d6f20657374c3a1733f")), new RawBodyOptions { Encoding = "utf-8" }));

    [Fact(DisplayName = "when an encoding is set › should decode UTF-16 string (LE BOM)")]
    public async Task Utf16_le_bom() => Assert.Equal(Como, await RawBody.ReadStringAsync(CreateStream(Convert.FromHexString("fffebf004300f3006d006f002000650073007400e10073003f00")), new RawBodyOptions { Encoding = "utf-16" }));

    [Fact(DisplayName = "when an encoding is set › should decode UTF-16 string (BE BOM)")]
    public async Task Utf16_be_bom() => Assert.Equal(Como, await RawBody.ReadStringAsync(CreateStream(Convert.FromHexString("feff00bf004300f3006d006f002000650073007400e10073003f")), new RawBodyOptions { Encoding = "utf-16" }));

    [Fact(DisplayName = "when an encoding is set › should decode UTF-16LE string")]
    public async Task Utf16_le() => Assert.Equal(Como, await RawBody.ReadStringAsync(CreateStream(Convert.FromHexString("bf004300f3006d006f002000650073007400e10073003f00")), new RawBodyOptions { Encoding = "utf-16le" }));

    [Fact(DisplayName = "when an encoding is set › should correctly calculate the expected length")]
    public async Task Expected_length() => await RawBody.ReadStringAsync(CreateStream(Encoding.UTF8.GetBytes("{\"test\":\"å\"}")), new RawBodyOptions { Encoding = "utf-8", Length = 13 });

    [Fact(DisplayName = "should work on streams1 stream")]
    public async Task Streams1() =>
        Assert.Equal("foobar,foobaz,yay!!", await RawBody.ReadStringAsync(new ChunkedStream(Encoding.UTF8.GetBytes("foobar,foobaz,yay!!"), 7), new RawBodyOptions { Length = 19 }));
}
