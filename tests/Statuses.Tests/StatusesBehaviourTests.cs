using Koa.Tests.Shared;

namespace Koa.Tests;

public class StatusesApiTests
{
    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Statuses).Assembly);

    [Fact]
    public void Table_has_the_2_0_2_codes()
    {
        Assert.Equal(63, Statuses.Codes.Length);
        Assert.Equal("Early Hints", Statuses.GetMessage(103));
        Assert.Equal("I'm a Teapot", Statuses.GetMessage(418));
        Assert.Equal("Too Early", Statuses.GetMessage(425));
        Assert.Equal("Bandwidth Limit Exceeded", Statuses.GetMessage(509));
        Assert.Null(Statuses.GetMessage(306));
        Assert.True(Statuses.Codes.SequenceEqual(Statuses.Codes.Order()));
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(512)]
    [InlineData(int.MaxValue)]
    public void GetMessage_is_null_outside_the_table(int code) => Assert.Null(Statuses.GetMessage(code));

    [Theory]
    [InlineData("not found", 404)]
    [InlineData("NOT FOUND", 404)]
    [InlineData("i'm a teapot", 418)]
    [InlineData("non-authoritative information", 203)]
    [InlineData("o\u212A", 200)]
    public void GetCode_is_case_insensitive(string message, int code)
    {
        Assert.Equal(code, Statuses.GetCode(message));
        Assert.Equal(code, Statuses.GetCode(message.AsSpan()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("constructor")]
    [InlineData("__proto__")]
    [InlineData(" not found")]
    [InlineData("n\u00F6t found")]
    [InlineData("Network Authentication Requiredd")]
    public void GetCode_is_null_for_anything_else(string message) => Assert.Null(Statuses.GetCode(message));

    [Fact]
    public void GetCode_rejects_null() => Assert.Throws<ArgumentNullException>(() => Statuses.GetCode((string)null!));

    [Fact]
    public void CodesByMessage_keys_are_lower_case_and_ordinal()
    {
        Assert.Equal(404, Statuses.CodesByMessage["not found"]);
        Assert.False(Statuses.CodesByMessage.ContainsKey("Not Found"));
    }

    [Fact]
    public void TryParse_handles_null_and_unknown()
    {
        Assert.False(Statuses.TryParse(null, out var none));
        Assert.Equal(default, none);
        Assert.False(Statuses.TryParse("299", out _));
        Assert.False(Statuses.TryParse("1e400", out _));
        Assert.False(Statuses.TryParse("teapot", out _));
        Assert.True(Statuses.TryParse(" 404 and more", out var found));
        Assert.Equal(new StatusEntry(404, "Not Found"), found);
    }

    [Fact]
    public void Parse_reports_huge_numbers_as_JavaScript_prints_them()
    {
        Assert.Equal("invalid status code: 1e+25", Assert.Throws<ArgumentException>(() => Statuses.Parse("1" + new string('0', 25))).Message);
        Assert.Equal("invalid status code: Infinity", Assert.Throws<ArgumentException>(() => Statuses.Parse(new string('9', 400))).Message);
        Assert.Equal("invalid status code: 0", Assert.Throws<ArgumentException>(() => Statuses.Parse("-0")).Message);
        Assert.Equal("invalid status message: \"x\"", Assert.Throws<ArgumentException>(() => Statuses.Parse("x")).Message);
    }

    [Fact]
    public void StatusEntry_deconstructs()
    {
        var (code, message) = Statuses.Parse("forbidden");
        Assert.Equal((403, "Forbidden"), (code, message));
    }

    [Theory]
    [InlineData("digits")]
    [InlineData("spaces")]
    [InlineData("letters")]
    [InlineData("kelvin")]
    public void Hostile_100KB_input_is_linear(string kind)
    {
        var input = kind switch
        {
            "digits" => "4" + new string('0', 100_000),
            "spaces" => new string(' ', 100_000) + "x",
            "letters" => string.Concat(Enumerable.Repeat("Not Found ", 10_000)),
            _ => new string('\u212A', 100_000),
        };
        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        Assert.False(Statuses.TryParse(input, out _));
        Assert.Throws<ArgumentException>(() => Statuses.Parse(input));
        Assert.Null(Statuses.GetCode(input));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }
}
