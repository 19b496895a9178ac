namespace Koa.Tests;

/// <summary>Ports of vary 1.1.2 test/test.js, <c>describe('vary.append(header, field)')</c>, one test per <c>it(...)</c>.</summary>
public sealed class VaryAppendTests
{
    public sealed class Arguments
    {
        public sealed class Header
        {
            [Fact(DisplayName = "vary.append(header, field) › arguments › header › should be required")]
            public void Should_be_required()
            {
                var error = Assert.Throws<ArgumentNullException>(() => Vary.Append(null!, "foo"));
                Assert.Matches("header.*required", error.Message);
                Assert.Equal("header", error.ParamName);
            }

            // Upstream passes 42; a C# header is a string, so the nearest case is the list overload without one.
            [Fact(DisplayName = "vary.append(header, field) › arguments › header › should be a string")]
            public void Should_be_a_string()
            {
                var error = Assert.Throws<ArgumentNullException>(() => Vary.Append(null!, ["foo"]));
                Assert.Matches("header.*required", error.Message);
            }
        }

        public sealed class Field
        {
            [Fact(DisplayName = "vary.append(header, field) › arguments › field › should be required")]
            public void Should_be_required()
            {
                Assert.Matches("field.*required", Assert.Throws<ArgumentNullException>(() => Vary.Append("", (string)null!)).Message);
                Assert.Matches("field.*required", Assert.Throws<ArgumentNullException>(() => Vary.Append("", (IEnumerable<string>)null!)).Message);
                var empty = Assert.Throws<ArgumentException>(() => Vary.Append("", ""));
                Assert.Matches("field.*required", empty.Message);
                Assert.Equal("field", empty.ParamName);
            }

            [Fact(DisplayName = "vary.append(header, field) › arguments › field › should accept string")]
            public void Should_accept_string() => Assert.Equal("foo", Vary.Append("", "foo"));

            [Fact(DisplayName = "vary.append(header, field) › arguments › field › should accept string that is Vary header")]
            public void Should_accept_string_that_is_Vary_header() => Assert.Equal("foo, bar", Vary.Append("", "foo, bar"));

            [Fact(DisplayName = "vary.append(header, field) › arguments › field › should accept array of string")]
            public void Should_accept_array_of_string() => Assert.Equal("foo, bar", Vary.Append("", ["foo", "bar"]));

            [Fact(DisplayName = "vary.append(header, field) › arguments › field › should not allow separator \":\"")]
            public void Should_not_allow_separator_colon() =>
                Assert.Matches("field.*contains.*invalid", Assert.Throws<ArgumentException>(() => Vary.Append("", "invalid:header")).Message);

            [Fact(DisplayName = "vary.append(header, field) › arguments › field › should not allow separator \" \"")]
            public void Should_not_allow_separator_space() =>
                Assert.Matches("field.*contains.*invalid", Assert.Throws<ArgumentException>(() => Vary.Append("", "invalid header")).Message);

            [Fact(DisplayName = "vary.append(header, field) › arguments › field › should not allow non-token characters")]
            public void Should_not_allow_non_token_characters()
            {
                Assert.Matches("field.*contains.*invalid", Assert.Throws<ArgumentException>(() => Vary.Append("", "invalid\nheader")).Message);
                Assert.Matches("field.*contains.*invalid", Assert.Throws<ArgumentException>(() => Vary.Append("", "invalid\u0080header")).Message);
            }
        }
    }

    public sealed class WhenHeaderEmpty
    {
        [Fact(DisplayName = "vary.append(header, field) › when header empty › should set value")]
        public void Should_set_value() => Assert.Equal("Origin", Vary.Append("", "Origin"));

        [Fact(DisplayName = "vary.append(header, field) › when header empty › should set value with array")]
        public void Should_set_value_with_array() => Assert.Equal("Origin, User-Agent", Vary.Append("", ["Origin", "User-Agent"]));

        [Fact(DisplayName = "vary.append(header, field) › when header empty › should preserve case")]
        public void Should_preserve_case() => Assert.Equal("ORIGIN, user-agent, AccepT", Vary.Append("", ["ORIGIN", "user-agent", "AccepT"]));
    }

    public sealed class WhenHeaderHasValues
    {
        [Fact(DisplayName = "vary.append(header, field) › when header has values › should set value")]
        public void Should_set_value() => Assert.Equal("Accept, Origin", Vary.Append("Accept", "Origin"));

        [Fact(DisplayName = "vary.append(header, field) › when header has values › should set value with array")]
        public void Should_set_value_with_array() => Assert.Equal("Accept, Origin, User-Agent", Vary.Append("Accept", ["Origin", "User-Agent"]));

        [Fact(DisplayName = "vary.append(header, field) › when header has values › should not duplicate existing value")]
        public void Should_not_duplicate_existing_value() => Assert.Equal("Accept", Vary.Append("Accept", "Accept"));

        [Fact(DisplayName = "vary.append(header, field) › when header has values › should compare case-insensitive")]
        public void Should_compare_case_insensitive() => Assert.Equal("Accept", Vary.Append("Accept", "accEPT"));

        [Fact(DisplayName = "vary.append(header, field) › when header has values › should preserve case")]
        public void Should_preserve_case() => Assert.Equal("Accept", Vary.Append("Accept", "AccepT"));
    }

    public sealed class WhenStar
    {
        [Fact(DisplayName = "vary.append(header, field) › when * › should set value")]
        public void Should_set_value() => Assert.Equal("*", Vary.Append("", "*"));

        [Fact(DisplayName = "vary.append(header, field) › when * › should act as if all values already set")]
        public void Should_act_as_if_all_values_already_set() => Assert.Equal("*", Vary.Append("*", "Origin"));

        [Fact(DisplayName = "vary.append(header, field) › when * › should erradicate existing values")]
        public void Should_eradicate_existing_values() => Assert.Equal("*", Vary.Append("Accept, Accept-Encoding", "*"));

        [Fact(DisplayName = "vary.append(header, field) › when * › should update bad existing header")]
        public void Should_update_bad_existing_header() => Assert.Equal("*", Vary.Append("Accept, Accept-Encoding, *", "Origin"));
    }

    public sealed class WhenFieldIsString
    {
        [Fact(DisplayName = "vary.append(header, field) › when field is string › should set value")]
        public void Should_set_value() => Assert.Equal("Accept", Vary.Append("", "Accept"));

        [Fact(DisplayName = "vary.append(header, field) › when field is string › should set value when vary header")]
        public void Should_set_value_when_vary_header() => Assert.Equal("Accept, Accept-Encoding", Vary.Append("", "Accept, Accept-Encoding"));

        [Fact(DisplayName = "vary.append(header, field) › when field is string › should acept LWS")]
        public void Should_accept_LWS() => Assert.Equal("Accept, Origin", Vary.Append("", "  Accept     ,     Origin    "));

        [Fact(DisplayName = "vary.append(header, field) › when field is string › should handle contained *")]
        public void Should_handle_contained_star() => Assert.Equal("*", Vary.Append("", "Accept,*"));
    }

    public sealed class WhenFieldIsArray
    {
        [Fact(DisplayName = "vary.append(header, field) › when field is array › should set value")]
        public void Should_set_value() => Assert.Equal("Accept, Accept-Language", Vary.Append("", ["Accept", "Accept-Language"]));

        [Fact(DisplayName = "vary.append(header, field) › when field is array › should ignore double-entries")]
        public void Should_ignore_double_entries() => Assert.Equal("Accept", Vary.Append("", ["Accept", "Accept"]));

        [Fact(DisplayName = "vary.append(header, field) › when field is array › should be case-insensitive")]
        public void Should_be_case_insensitive() => Assert.Equal("Accept", Vary.Append("", ["Accept", "ACCEPT"]));

        [Fact(DisplayName = "vary.append(header, field) › when field is array › should handle contained *")]
        public void Should_handle_contained_star() => Assert.Equal("*", Vary.Append("", ["Origin", "User-Agent", "*", "Accept"]));

        [Fact(DisplayName = "vary.append(header, field) › when field is array › should handle existing values")]
        public void Should_handle_existing_values() =>
            Assert.Equal("Accept, Accept-Encoding, origin, accept-charset", Vary.Append("Accept, Accept-Encoding", ["origin", "accept", "accept-charset"]));
    }
}
