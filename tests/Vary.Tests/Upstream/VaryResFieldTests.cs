using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>
/// Ports of vary 1.1.2 test/test.js, <c>describe('vary(res, field)')</c>. Upstream runs each case in an HTTP server
/// (supertest: a thrown error becomes a 500 with the message); here <see cref="Vary.Add(IDictionary{string, StringValues}, string)"/>
/// runs over three header dictionaries: a plain ordinal <see cref="Dictionary{TKey, TValue}"/>, a case-insensitive
/// one, and ASP.NET Core's <see cref="HeaderDictionary"/> (what <c>HttpResponse.Headers</c> is).
/// </summary>
public sealed class VaryResFieldTests
{
    public static TheoryData<string> Kinds => ["ordinal", "ignore-case", "aspnetcore"];

    internal static IDictionary<string, StringValues> NewHeaders(string kind) => kind switch
    {
        "ordinal" => new Dictionary<string, StringValues>(StringComparer.Ordinal),
        "ignore-case" => new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase),
        _ => new HeaderDictionary(),
    };

    // callVary(field): vary(res, field) on a response without Vary.
    private static IDictionary<string, StringValues> CallVary(string kind, string field)
    {
        var headers = NewHeaders(kind);
        Vary.Add(headers, field);
        return headers;
    }

    private static IDictionary<string, StringValues> CallVary(string kind, string[] fields)
    {
        var headers = NewHeaders(kind);
        Vary.Add(headers, fields);
        return headers;
    }

    // alterVary(header, field): res.setHeader('Vary', header), then vary(res, field).
    private static IDictionary<string, StringValues> AlterVary(string kind, StringValues header, string field)
    {
        var headers = NewHeaders(kind);
        headers["Vary"] = header;
        Vary.Add(headers, field);
        return headers;
    }

    private static IDictionary<string, StringValues> AlterVary(string kind, StringValues header, string[] fields)
    {
        var headers = NewHeaders(kind);
        headers["Vary"] = header;
        Vary.Add(headers, fields);
        return headers;
    }

    private static void AssertVary(string expected, IDictionary<string, StringValues> headers)
    {
        Assert.True(headers.TryGetValue("Vary", out var value), "should have header Vary");
        Assert.Equal(expected, Assert.Single(value.ToArray()));
    }

    public sealed class Arguments
    {
        public sealed class Res
        {
            [Fact(DisplayName = "vary(res, field) › arguments › res › should be required")]
            public void Should_be_required()
            {
                var error = Assert.Throws<ArgumentNullException>(() => Vary.Add(null!, "foo"));
                Assert.Matches("res.*required", error.Message);
                Assert.Equal("headers", error.ParamName);
            }

            // Upstream passes {} (no getHeader/setHeader). The nearest C# object that cannot take a header is a
            // read-only dictionary (ASP.NET Core's headers once the response has started).
            [Fact(DisplayName = "vary(res, field) › arguments › res › should not allow non-res-like objects")]
            public void Should_not_allow_non_res_like_objects()
            {
                var readOnly = new HeaderDictionary { IsReadOnly = true };
                var error = Assert.Throws<ArgumentException>(() => Vary.Add(readOnly, "foo"));
                Assert.Matches("res.*required", error.Message);
                Assert.Equal("headers", error.ParamName);

                var wrapper = new System.Collections.ObjectModel.ReadOnlyDictionary<string, StringValues>(new Dictionary<string, StringValues>());
                Assert.Throws<ArgumentException>(() => Vary.Add(wrapper, ["foo"]));
            }
        }

        public sealed class Field
        {
            [Theory(DisplayName = "vary(res, field) › arguments › field › should be required")]
            [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
            public void Should_be_required(string kind)
            {
                var headers = NewHeaders(kind);
                var error = Assert.Throws<ArgumentNullException>(() => Vary.Add(headers, (string)null!));
                Assert.Matches("field.*required", error.Message);
                Assert.Throws<ArgumentNullException>(() => Vary.Add(headers, (IEnumerable<string>)null!));
                Assert.Matches("field.*required", Assert.Throws<ArgumentException>(() => Vary.Add(headers, "")).Message);
                Assert.Empty(headers);
            }

            [Theory(DisplayName = "vary(res, field) › arguments › field › should accept string")]
            [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
            public void Should_accept_string(string kind) => AssertVary("foo", CallVary(kind, "foo"));

            [Theory(DisplayName = "vary(res, field) › arguments › field › should accept array of string")]
            [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
            public void Should_accept_array_of_string(string kind) => AssertVary("foo, bar", CallVary(kind, ["foo", "bar"]));

            [Theory(DisplayName = "vary(res, field) › arguments › field › should accept string that is Vary header")]
            [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
            public void Should_accept_string_that_is_Vary_header(string kind) => AssertVary("foo, bar", CallVary(kind, "foo, bar"));

            [Theory(DisplayName = "vary(res, field) › arguments › field › should not allow separator \":\"")]
            [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
            public void Should_not_allow_separator_colon(string kind)
            {
                var error = Assert.Throws<ArgumentException>(() => CallVary(kind, "invalid:header"));
                Assert.Matches("field.*contains.*invalid", error.Message);
            }

            [Theory(DisplayName = "vary(res, field) › arguments › field › should not allow separator \" \"")]
            [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
            public void Should_not_allow_separator_space(string kind)
            {
                var error = Assert.Throws<ArgumentException>(() => CallVary(kind, "invalid header"));
                Assert.Matches("field.*contains.*invalid", error.Message);
            }
        }
    }

    public sealed class WhenNoVary
    {
        [Theory(DisplayName = "vary(res, field) › when no Vary › should set value")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_set_value(string kind) => AssertVary("Origin", CallVary(kind, "Origin"));

        [Theory(DisplayName = "vary(res, field) › when no Vary › should set value with multiple calls")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_set_value_with_multiple_calls(string kind) => AssertVary("Origin, User-Agent", CallVary(kind, ["Origin", "User-Agent"]));

        [Theory(DisplayName = "vary(res, field) › when no Vary › should preserve case")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_preserve_case(string kind) => AssertVary("ORIGIN, user-agent, AccepT", CallVary(kind, ["ORIGIN", "user-agent", "AccepT"]));

        [Theory(DisplayName = "vary(res, field) › when no Vary › should not set Vary on empty array")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_not_set_Vary_on_empty_array(string kind)
        {
            var headers = CallVary(kind, []);
            Assert.False(headers.ContainsKey("Vary"), "should not have header Vary");
        }
    }

    public sealed class WhenExistingVary
    {
        [Theory(DisplayName = "vary(res, field) › when existing Vary › should set value")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_set_value(string kind) => AssertVary("Accept, Origin", AlterVary(kind, "Accept", "Origin"));

        [Theory(DisplayName = "vary(res, field) › when existing Vary › should set value with multiple calls")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_set_value_with_multiple_calls(string kind)
        {
            var headers = NewHeaders(kind);
            headers["Vary"] = "Accept";
            Vary.Add(headers, "Origin");
            Vary.Add(headers, "User-Agent");
            AssertVary("Accept, Origin, User-Agent", headers);
        }

        [Theory(DisplayName = "vary(res, field) › when existing Vary › should not duplicate existing value")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_not_duplicate_existing_value(string kind) => AssertVary("Accept", AlterVary(kind, "Accept", "Accept"));

        [Theory(DisplayName = "vary(res, field) › when existing Vary › should compare case-insensitive")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_compare_case_insensitive(string kind) => AssertVary("Accept", AlterVary(kind, "Accept", "accEPT"));

        [Theory(DisplayName = "vary(res, field) › when existing Vary › should preserve case")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_preserve_case(string kind) => AssertVary("AccepT, ORIGIN", AlterVary(kind, "AccepT", ["accEPT", "ORIGIN"]));
    }

    public sealed class WhenExistingVaryAsArray
    {
        [Theory(DisplayName = "vary(res, field) › when existing Vary as array › should set value")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_set_value(string kind) =>
            AssertVary("Accept, Accept-Encoding, Origin", AlterVary(kind, new StringValues(["Accept", "Accept-Encoding"]), "Origin"));

        [Theory(DisplayName = "vary(res, field) › when existing Vary as array › should not duplicate existing value")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_not_duplicate_existing_value(string kind) =>
            AssertVary("Accept, Accept-Encoding, origin", AlterVary(kind, new StringValues(["Accept", "Accept-Encoding"]), ["accept", "origin"]));
    }

    public sealed class WhenVaryStar
    {
        [Theory(DisplayName = "vary(res, field) › when Vary: * › should set value")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_set_value(string kind) => AssertVary("*", CallVary(kind, "*"));

        [Theory(DisplayName = "vary(res, field) › when Vary: * › should act as if all values alread set")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_act_as_if_all_values_already_set(string kind) => AssertVary("*", AlterVary(kind, "*", ["Origin", "User-Agent"]));

        [Theory(DisplayName = "vary(res, field) › when Vary: * › should erradicate existing values")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_eradicate_existing_values(string kind) => AssertVary("*", AlterVary(kind, "Accept, Accept-Encoding", "*"));

        [Theory(DisplayName = "vary(res, field) › when Vary: * › should update bad existing header")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_update_bad_existing_header(string kind) => AssertVary("*", AlterVary(kind, "Accept, Accept-Encoding, *", "Origin"));
    }

    public sealed class WhenFieldIsString
    {
        [Theory(DisplayName = "vary(res, field) › when field is string › should set value")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_set_value(string kind) => AssertVary("Accept", CallVary(kind, "Accept"));

        [Theory(DisplayName = "vary(res, field) › when field is string › should set value when vary header")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_set_value_when_vary_header(string kind) => AssertVary("Accept, Accept-Encoding", CallVary(kind, "Accept, Accept-Encoding"));

        [Theory(DisplayName = "vary(res, field) › when field is string › should acept LWS")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_accept_LWS(string kind) => AssertVary("Accept, Origin", CallVary(kind, "  Accept     ,     Origin    "));

        [Theory(DisplayName = "vary(res, field) › when field is string › should handle contained *")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_handle_contained_star(string kind) => AssertVary("*", CallVary(kind, "Accept,*"));
    }

    public sealed class WhenFieldIsArray
    {
        [Theory(DisplayName = "vary(res, field) › when field is array › should set value")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_set_value(string kind) => AssertVary("Accept, Accept-Language", CallVary(kind, ["Accept", "Accept-Language"]));

        [Theory(DisplayName = "vary(res, field) › when field is array › should ignore double-entries")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_ignore_double_entries(string kind) => AssertVary("Accept", CallVary(kind, ["Accept", "Accept"]));

        [Theory(DisplayName = "vary(res, field) › when field is array › should be case-insensitive")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_be_case_insensitive(string kind) => AssertVary("Accept", CallVary(kind, ["Accept", "ACCEPT"]));

        [Theory(DisplayName = "vary(res, field) › when field is array › should handle contained *")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_handle_contained_star(string kind) => AssertVary("*", CallVary(kind, ["Origin", "User-Agent", "*", "Accept"]));

        [Theory(DisplayName = "vary(res, field) › when field is array › should handle existing values")]
        [MemberData(nameof(Kinds), MemberType = typeof(VaryResFieldTests))]
        public void Should_handle_existing_values(string kind) =>
            AssertVary("Accept, Accept-Encoding, origin, accept-charset", AlterVary(kind, "Accept, Accept-Encoding", ["origin", "accept", "accept-charset"]));
    }
}
