using System.Collections.Frozen;
using System.Reflection;
using Koa.Tests.Shared;

namespace Koa.Tests;

// Ported from jshttp/statuses v2.0.2 test/test.js: one class per `describe`, the upstream path in each DisplayName.
// Upstream's status(number) is Statuses.Status(int); status(string) is Statuses.Parse(string).

public class StatusArgumentsCodeTests
{
    [Fact(DisplayName = "status › arguments › code › should be required")]
    public void Should_be_required()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Statuses.Parse(null!));
        Assert.StartsWith("code must be", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "status › arguments › code › should accept a number")]
    public void Should_accept_a_number() => Assert.Equal("OK", Statuses.Status(200));

    [Fact(DisplayName = "status › arguments › code › should accept a string")]
    public void Should_accept_a_string() => Assert.Equal(200, Statuses.Parse("OK").Code);

    [Fact(DisplayName = "status › arguments › code › should accept a string number")]
    public void Should_accept_a_string_number() => Assert.Equal("OK", Statuses.Parse("200").Message);

    // C#: an object cannot be passed at all; the lookups take only int or string.
    [Fact(DisplayName = "status › arguments › code › should reject an object")]
    public void Should_reject_an_object()
    {
        var lookups = typeof(Statuses).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name is nameof(Statuses.Status) or nameof(Statuses.Parse) or nameof(Statuses.TryParse))
            .ToList();
        Assert.Equal(3, lookups.Count);
        Assert.All(lookups, m => Assert.Contains(m.GetParameters()[0].ParameterType, new[] { typeof(int), typeof(string) }));
    }
}

public class StatusWhenGivenANumberTests
{
    [Fact(DisplayName = "status › when given a number › should return message when a valid status code")]
    public void Should_return_message_when_a_valid_status_code()
    {
        Assert.Equal("OK", Statuses.Status(200));
        Assert.Equal("Not Found", Statuses.Status(404));
        Assert.Equal("Internal Server Error", Statuses.Status(500));
    }

    [Fact(DisplayName = "status › when given a number › should throw for invalid status code")]
    public void Should_throw_for_invalid_status_code()
    {
        Assert.Matches("invalid status code", Assert.Throws<ArgumentException>(() => Statuses.Status(0)).Message);
        Assert.Matches("invalid status code", Assert.Throws<ArgumentException>(() => Statuses.Status(1000)).Message);
    }

    [Fact(DisplayName = "status › when given a number › should throw for unknown status code")]
    public void Should_throw_for_unknown_status_code()
    {
        Assert.Matches("invalid status code", Assert.Throws<ArgumentException>(() => Statuses.Status(299)).Message);
        Assert.Matches("invalid status code", Assert.Throws<ArgumentException>(() => Statuses.Status(310)).Message);
    }

    [Fact(DisplayName = "status › when given a number › should throw for discontinued status code")]
    public void Should_throw_for_discontinued_status_code() =>
        Assert.Matches("invalid status code", Assert.Throws<ArgumentException>(() => Statuses.Status(306)).Message);
}

public class StatusWhenGivenAStringTests
{
    [Fact(DisplayName = "status › when given a string › should return message when a valid status code")]
    public void Should_return_message_when_a_valid_status_code()
    {
        Assert.Equal("OK", Statuses.Parse("200").Message);
        Assert.Equal("Not Found", Statuses.Parse("404").Message);
        Assert.Equal("Internal Server Error", Statuses.Parse("500").Message);
    }

    [Fact(DisplayName = "status › when given a string › should be truthy when a valid status message")]
    public void Should_be_truthy_when_a_valid_status_message()
    {
        Assert.Equal(200, Statuses.Parse("OK").Code);
        Assert.Equal(404, Statuses.Parse("Not Found").Code);
        Assert.Equal(500, Statuses.Parse("Internal Server Error").Code);
    }

    [Fact(DisplayName = "status › when given a string › should be case insensitive")]
    public void Should_be_case_insensitive()
    {
        Assert.Equal(200, Statuses.Parse("Ok").Code);
        Assert.Equal(404, Statuses.Parse("not found").Code);
        Assert.Equal(500, Statuses.Parse("INTERNAL SERVER ERROR").Code);
    }

    [Fact(DisplayName = "status › when given a string › should throw for unknown status message")]
    public void Should_throw_for_unknown_status_message()
    {
        Assert.Matches("invalid status message", Assert.Throws<ArgumentException>(() => Statuses.Parse("too many bugs")).Message);
        Assert.Matches("invalid status message", Assert.Throws<ArgumentException>(() => Statuses.Parse("constructor")).Message);
        Assert.Matches("invalid status message", Assert.Throws<ArgumentException>(() => Statuses.Parse("__proto__")).Message);
    }

    [Fact(DisplayName = "status › when given a string › should throw for unknown status code")]
    public void Should_throw_for_unknown_status_code() =>
        Assert.Matches("invalid status code", Assert.Throws<ArgumentException>(() => Statuses.Parse("299")).Message);
}

// Node's http.STATUS_CODES comes from the fixture (tables.json records the node version that produced it).
public class StatusCodesTests
{
    [Fact(DisplayName = "status › .codes › should include codes from Node.js")]
    public void Should_include_codes_from_Node_js()
    {
        using var tables = Fixtures.Load("statuses/tables.json");
        var node = tables.RootElement.GetProperty("node").GetProperty("statusCodes").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.NotEmpty(node);
        Assert.All(node, code => Assert.Contains(code, Statuses.Codes));
    }
}

public class StatusEmptyTests
{
    [Fact(DisplayName = "status › .empty › should be an object")]
    public void Should_be_an_object() => Assert.IsAssignableFrom<FrozenSet<int>>(Statuses.Empty);

    [Fact(DisplayName = "status › .empty › should include 204")]
    public void Should_include_204()
    {
        Assert.Contains(204, (IReadOnlySet<int>)Statuses.Empty);
        Assert.True(Statuses.IsEmpty(204));
    }
}

public class StatusMessageTests
{
    [Fact(DisplayName = "status › .message › should be a map of code to message")]
    public void Should_be_a_map_of_code_to_message()
    {
        Assert.Equal("OK", Statuses.Messages[200]);
        Assert.Equal("OK", Statuses.GetMessage(200));
    }

    [Fact(DisplayName = "status › .message › should include codes from Node.js")]
    public void Should_include_codes_from_Node_js()
    {
        using var tables = Fixtures.Load("statuses/tables.json");
        var node = tables.RootElement.GetProperty("node").GetProperty("statusCodes").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.All(node, code => Assert.False(string.IsNullOrEmpty(Statuses.GetMessage(code)), $"contains {code}"));
    }
}

public class StatusRedirectTests
{
    [Fact(DisplayName = "status › .redirect › should be an object")]
    public void Should_be_an_object() => Assert.IsAssignableFrom<FrozenSet<int>>(Statuses.Redirect);

    [Fact(DisplayName = "status › .redirect › should include 308")]
    public void Should_include_308()
    {
        Assert.Contains(308, (IReadOnlySet<int>)Statuses.Redirect);
        Assert.True(Statuses.IsRedirect(308));
    }
}

public class StatusRetryTests
{
    [Fact(DisplayName = "status › .retry › should be an object")]
    public void Should_be_an_object() => Assert.IsAssignableFrom<FrozenSet<int>>(Statuses.Retry);

    [Fact(DisplayName = "status › .retry › should include 504")]
    public void Should_include_504()
    {
        Assert.Contains(504, (IReadOnlySet<int>)Statuses.Retry);
        Assert.True(Statuses.IsRetry(504));
    }
}
