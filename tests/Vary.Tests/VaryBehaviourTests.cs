using System.Text;
using Koa.Tests.Shared;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>Behaviour beyond the upstream suite: hostile input, allocations, JavaScript casing, dictionaries, public API.</summary>
public sealed class VaryBehaviourTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    [Fact(DisplayName = "public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Vary).Assembly);

    public sealed class Hostile
    {
        private static string Repeat(string unit, int bytes) => new StringBuilder(bytes + unit.Length).Insert(0, unit, bytes / unit.Length).ToString();

        private static string DistinctTokens(string prefix, int bytes)
        {
            var builder = new StringBuilder(bytes + 16);
            for (var i = 0; builder.Length < bytes; i++)
                builder.Append(i == 0 ? "" : ", ").Append(prefix).Append(i);
            return builder.ToString();
        }

        private static T Timed<T>(Func<T> action)
        {
            var clock = Koa.Tests.Shared.Measure.StartCpuClock();
            var result = action();
            Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalMilliseconds} ms");
            return result;
        }

        [Fact(DisplayName = "hostile › 100 KB header of one repeated field, then a new field, is linear")]
        public void Repeated_header_items()
        {
            var header = Repeat("a,", 100_000);
            Assert.Equal(header + ", b", Timed(() => Vary.Append(header, "b")));
        }

        [Fact(DisplayName = "hostile › 100 KB header and 100 KB field list, all distinct, is linear")]
        public void Distinct_header_and_fields()
        {
            var header = DistinctTokens("x-h", 100_000);
            var field = DistinctTokens("X-H", 50_000) + ", " + DistinctTokens("x-f", 50_000);
            var result = Timed(() => Vary.Append(header, field));
            Assert.StartsWith(header + ", x-f0, x-f1, ", result, StringComparison.Ordinal);
            Assert.DoesNotContain("X-H", result, StringComparison.Ordinal);
        }

        [Fact(DisplayName = "hostile › 100 KB list of fields given as an array is linear")]
        public void Large_array()
        {
            var fields = Enumerable.Range(0, 20_000).Select(i => "F" + (i % 10_000)).ToArray();
            var result = Timed(() => Vary.Append("f1", fields));
            Assert.Equal(10_000, result.Split(", ").Length);
        }

        [Fact(DisplayName = "hostile › 100 KB of spaces, commas or stars finish with the documented results")]
        public void Separators()
        {
            Assert.Equal(Repeat(" ", 100_000) + ", x", Timed(() => Vary.Append(Repeat(" ", 100_000), "x")));
            Assert.Equal(Repeat(",", 100_000) + ", x", Timed(() => Vary.Append(Repeat(",", 100_000), "x")));
            Assert.Equal("*", Timed(() => Vary.Append(Repeat("a, ", 100_000) + "*", "x")));
            Assert.Equal(Repeat("**", 100_000) + ", x", Timed(() => Vary.Append(Repeat("**", 100_000), "x")));
        }

        [Fact(DisplayName = "hostile › 100 KB invalid field lists throw ArgumentException quickly")]
        public void Invalid_fields()
        {
            var clock = Koa.Tests.Shared.Measure.StartCpuClock();
            Assert.Throws<ArgumentException>(() => Vary.Append("", Repeat(",", 100_000)));
            Assert.Throws<ArgumentException>(() => Vary.Append("", DistinctTokens("a", 100_000) + ", in valid"));
            Assert.Throws<ArgumentException>(() => Vary.Append("", Repeat("\t", 100_000)));
            Assert.Throws<ArgumentException>(() => Vary.Append("", Repeat("\u00e9", 100_000)));
            Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalMilliseconds} ms");
        }
    }

    public sealed class Allocations
    {
        private static long AllocatedPerCall(Func<object> call) => Koa.Tests.Shared.Measure.AllocatedPerCall(call);

        [Fact(DisplayName = "allocations › nothing when the header already lists the field")]
        public void Nothing_when_unchanged()
        {
            const string header = "Accept, Accept-Encoding, Origin";
            string[] fields = ["accept", "ORIGIN"];
            var many = Enumerable.Range(0, 60).Select(i => "X-" + i).ToArray();
            var manyHeader = string.Join(", ", many);

            Assert.Equal(0, AllocatedPerCall(() => Vary.Append(header, "origin")));
            Assert.Equal(0, AllocatedPerCall(() => Vary.Append(header, "origin, Accept")));
            // A list of fields is joined into one text and parsed as the string form is (one algorithm, one kind of list).
            Assert.Equal(AllocatedPerCall(() => string.Join(", ", fields)), AllocatedPerCall(() => Vary.Append(header, fields)));
            Assert.Equal(0, AllocatedPerCall(() => Vary.Append(header, "*, foo")));
            Assert.Equal(0, AllocatedPerCall(() => Vary.Append(manyHeader, "x-59")));
            var thirty = string.Join(", ", many[..30]);
            var thirtyUpper = string.Join(",", many[..30]).ToUpperInvariant();
            Assert.Equal(0, AllocatedPerCall(() => Vary.Append(thirty, thirtyUpper)));
        }

        [Fact(DisplayName = "allocations › nothing when Add finds the field in the headers")]
        public void Nothing_when_Add_finds_the_field()
        {
            var headers = new Dictionary<string, StringValues> { ["Vary"] = "Accept, Origin" };
            Assert.Equal(0, AllocatedPerCall(() => { Vary.Add(headers, "origin"); return headers; }));
        }

        [Fact(DisplayName = "allocations › only the result when a field is appended")]
        public void Only_the_result()
        {
            var expected = AllocatedPerCall(() => new string('x', "Accept, Origin".Length));
            string[] origin = ["Origin"];
            Assert.Equal(expected, AllocatedPerCall(() => Vary.Append("Accept", "Origin")));
            Assert.Equal(expected, AllocatedPerCall(() => Vary.Append("Accept", origin)));
        }

        [Fact(DisplayName = "allocations › the header itself is returned when nothing changes")]
        public void Same_instance()
        {
            var header = new string("Accept, Origin");
            Assert.Same(header, Vary.Append(header, "accept"));
            Assert.Same(header, Vary.Append(header, []));
            Assert.Same(header, Vary.Append(header, ["ORIGIN", "origin"]));
        }
    }

    public sealed class JavaScriptSemantics
    {
        [Theory(DisplayName = "casing › header items compare as JavaScript toLowerCase does")]
        [InlineData("\u212A", "k", "\u212A")]                  // KELVIN SIGN lower-cases to "k"
        [InlineData("\u212Aeep-Alive", "keep-alive", "\u212Aeep-Alive")]
        [InlineData("\u0131", "i", "\u0131, i")]               // dotless i only upper-cases to "I"
        [InlineData("\u017F", "s", "\u017F, s")]               // long s only upper-cases to "S"
        [InlineData("\u0130", "i", "\u0130, i")]               // dotted I lower-cases to two characters
        [InlineData("ORIGIN", "origin", "ORIGIN")]
        public void Casing(string header, string field, string expected) => Assert.Equal(expected, Vary.Append(header, field));

        [Fact(DisplayName = "parsing › the existing header is kept verbatim, HTAB is not trimmed")]
        public void Verbatim()
        {
            Assert.Equal(" Accept ", Vary.Append(" Accept ", "accept"));
            Assert.Equal("\tAccept, accept", Vary.Append("\tAccept", "accept"));
            Assert.Equal(" , Origin", Vary.Append(" ", "Origin"));
            Assert.Equal("*", Vary.Append(" * ", "Origin"));
            Assert.Equal("\t*, Origin", Vary.Append("\t*", "Origin"));
        }

        [Fact(DisplayName = "arguments › every list element must be a token: null, empty, commas and spaces are rejected")]
        public void List_elements()
        {
            Assert.Throws<ArgumentException>(() => Vary.Append("", [null!]));
            Assert.Throws<ArgumentException>(() => Vary.Append("", [""]));
            Assert.Throws<ArgumentException>(() => Vary.Append("", ["a,b"]));
            var error = Assert.Throws<ArgumentException>(() => Vary.Append("", [" Accept"]));
            Assert.Equal("fields", error.ParamName);
            Assert.StartsWith("field argument contains an invalid header name", error.Message, StringComparison.Ordinal);
        }

        [Fact(DisplayName = "arguments › fields are validated before * short-cuts, as upstream")]
        public void Validation_first()
        {
            Assert.Throws<ArgumentException>(() => Vary.Append("*", "in valid"));
            Assert.Throws<ArgumentException>(() => Vary.Append("Accept, *", ["*", "a b"]));
        }

        [Fact(DisplayName = "arguments › a lazy sequence is enumerated once")]
        public void Lazy_sequence()
        {
            var enumerations = 0;
            IEnumerable<string> Fields()
            {
                enumerations++;
                yield return "Origin";
                yield return "accept";
            }
            Assert.Equal("Accept, Origin", Vary.Append("Accept", Fields()));
            Assert.Equal(1, enumerations);
        }
    }

    public sealed class Dictionaries
    {
        [Fact(DisplayName = "Add › finds the header whatever its case in an ordinal dictionary")]
        public void Case_insensitive_lookup()
        {
            var headers = new Dictionary<string, StringValues>(StringComparer.Ordinal) { ["Content-Type"] = "text/plain", ["vary"] = "Accept" };
            Vary.Add(headers, "Origin");
            Assert.Equal("Accept, Origin", headers["vary"]);
            Assert.False(headers.ContainsKey("Vary"));
        }

        [Fact(DisplayName = "Add › joins several values with \", \" and stores one")]
        public void Several_values()
        {
            var headers = new Dictionary<string, StringValues> { ["Vary"] = new StringValues(["Accept", "Origin"]) };
            Vary.Add(headers, "origin");
            Assert.Equal("Accept, Origin", Assert.Single(headers["Vary"].ToArray()));
        }

        [Fact(DisplayName = "Add › does not store an empty result")]
        public void Empty_result()
        {
            var headers = new Dictionary<string, StringValues> { ["Other"] = "x" };
            Vary.Add(headers, []);
            Assert.False(headers.ContainsKey("Vary"));
            headers["Vary"] = new StringValues((string?)null);
            Vary.Add(headers, "Origin");
            Assert.Equal("Origin", headers["Vary"]);
        }
    }
}
