using System.Text;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// Behaviour beyond the upstream suite: hostile input, the documented differences from npm, the option and result
/// types, allocations, the public API.
/// </summary>
public sealed class ContentDispositionBehaviourTests
{
    [Fact(DisplayName = "public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(ContentDisposition).Assembly);

    public sealed class Hostile
    {
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

        private static string Repeat(string unit, int length) => new StringBuilder(length + unit.Length).Insert(0, unit, length / unit.Length).ToString();

        public static TheoryData<string, string> Headers => new()
        {
            { "long quoted value", "attachment; filename=\"" + Repeat("a", 100_000) + "\"" },
            { "unterminated quoted value of escapes", "attachment; filename=\"" + Repeat("\\\"", 100_000) },
            { "quoted value ending in a bad escape", "attachment; filename=\"" + Repeat("\\a", 100_000) + "\\\u0001\"" },
            { "many parameters", "attachment" + string.Concat(Enumerable.Range(0, 15_000).Select(i => $"; p{i}=v")) },
            { "many parameters, duplicate last", "attachment" + string.Concat(Enumerable.Range(0, 15_000).Select(i => $"; p{i}=v")) + "; p0=x" },
            { "many semicolons", "attachment" + Repeat(";", 100_000) },
            { "whitespace then garbage", "attachment" + Repeat(" \t", 100_000) + "x" },
            { "parameter whitespace", "attachment;" + Repeat(" ", 100_000) + "a" + Repeat("\t", 100_000) + "=" + Repeat(" ", 100_000) + "b" },
            { "long token type", Repeat("a", 100_000) + ";" },
            { "long extended value", "attachment; filename*=UTF-8''" + Repeat("%E2%82%AC", 100_000) },
            { "long extended value, bad end", "attachment; filename*=UTF-8''" + Repeat("%41", 100_000) + "%4" },
            { "long charset", "attachment; filename*=" + Repeat("a", 100_000) + "''x" },
            { "long language", "attachment; filename*=utf-8'" + Repeat("a-", 100_000) + "'x" },
            { "percent signs", "attachment; x=" + Repeat("%", 100_000) },
            { "non-Latin-1 in quotes", "attachment; filename=\"" + Repeat("\u20ac", 100_000) + "\"" },
        };

        [Theory(DisplayName = "hostile › 100 KB headers parse in linear time, failing only with ArgumentException")]
        [MemberData(nameof(Headers))]
        public void Parse_is_linear(string name, string header)
        {
            Assert.True(header.Length >= 100_000, name);
            var clock = Koa.Tests.Shared.Measure.StartCpuClock();
            try
            {
                ContentDisposition.Parse(header);
            }
            catch (ArgumentException)
            {
            }
            ContentDisposition.TryParse(header, out _);
            Assert.True(clock.Elapsed < Bound, $"{name} took {clock.Elapsed.TotalMilliseconds} ms");
        }

        [Fact(DisplayName = "hostile › 100 KB file names are created in linear time")]
        public void Create_is_linear()
        {
            var clock = Koa.Tests.Shared.Measure.StartCpuClock();
            var header = ContentDisposition.Create(Repeat("\u20ac%41\"\\\ud83d\ude00 ", 100_000));
            Assert.StartsWith("attachment; filename=\"?%41\\\"\\\\?? ?%41", header, StringComparison.Ordinal);
            Assert.Contains("; filename*=UTF-8''%E2%82%AC%2541%22%5C%F0%9F%98%80%20%E2%82%AC", header, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => ContentDisposition.Create(Repeat("a", 100_000) + "\ud800"));
            Assert.Throws<ArgumentException>(() => ContentDisposition.Create("a", new() { Fallback = Repeat("a", 100_000) + "\u20ac" }));
            Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalMilliseconds} ms");
        }
    }

    public sealed class Create
    {
        [Fact(DisplayName = "Create › an unpaired surrogate in the file name throws, as encodeURIComponent does")]
        public void Unpaired_surrogate()
        {
            var error = Assert.Throws<ArgumentException>(() => ContentDisposition.Create("\ud800.pdf"));
            Assert.StartsWith("URI malformed", error.Message, StringComparison.Ordinal);
            Assert.Equal("filename", error.ParamName);
            Assert.Equal("attachment; filename=\"x.pdf\"", ContentDisposition.Create("\ud800/x.pdf"));
            Assert.Equal("attachment; filename=\"a??b\"; filename*=UTF-8''a%F0%9F%98%80b", ContentDisposition.Create("a\ud83d\ude00b"));
        }

        [Fact(DisplayName = "Create › errors come in npm's order: fallback, type, then file name")]
        public void Error_order()
        {
            Assert.StartsWith("fallback", Assert.Throws<ArgumentException>(() => ContentDisposition.Create("\ud800", new() { Type = "a b", Fallback = "\u20ac" })).Message, StringComparison.Ordinal);
            Assert.StartsWith("invalid type", Assert.Throws<ArgumentException>(() => ContentDisposition.Create("\ud800", new() { Type = "a b" })).Message, StringComparison.Ordinal);
            Assert.Equal("attachment", ContentDisposition.Create(null, new() { Fallback = "\u20ac" }));
        }

        [Fact(DisplayName = "Create › a rejected fallback does not affect the next check (npm's global regexp does)")]
        public void Fallback_check_is_stateless()
        {
            Assert.Throws<ArgumentException>(() => ContentDisposition.Create("a", new() { Fallback = "abc\u20ac" }));
            Assert.Throws<ArgumentException>(() => ContentDisposition.Create("a", new() { Fallback = "\u20ac" }));
        }

        [Fact(DisplayName = "Create › only \"/\" separates path segments (POSIX basename of npm 1.0.1)")]
        public void Posix_basename()
        {
            Assert.Equal("attachment; filename=\"C:\\\\temp\\\\file.txt\"", ContentDisposition.Create("C:\\temp\\file.txt"));
            Assert.Equal("attachment; filename=\"to\"", ContentDisposition.Create("/path/to/"));
            Assert.Equal("attachment; filename*=UTF-8''", ContentDisposition.Create("/"));
            Assert.Equal("attachment; filename*=UTF-8''", ContentDisposition.Create(""));
            Assert.Equal("attachment; filename=\"b.txt\"", ContentDisposition.Create("a//b.txt//"));
        }

        [Fact(DisplayName = "Create › a null or empty type means attachment")]
        public void Default_type()
        {
            Assert.Equal("attachment; filename=\"x\"", ContentDisposition.Create("x", new() { Type = null! }));
            Assert.Equal("attachment; filename=\"x\"", ContentDisposition.Create("x", new() { Type = "" }));
            Assert.Equal("x-custom; filename=\"x\"", ContentDisposition.Create("x", new() { Type = "X-Custom" }));
        }

        [Fact(DisplayName = "Create › C1 controls are TEXT but not ISO-8859-1: quoted with a ? fallback")]
        public void C1_controls()
        {
            Assert.Equal("attachment; filename=\"?x\"; filename*=UTF-8''%C2%85x", ContentDisposition.Create("\u0085x"));
            Assert.Equal("attachment; filename=\"\u0085x\"", ContentDisposition.Create("\u0085x", new() { Fallback = false }));
            Assert.Equal("attachment; filename*=UTF-8''a%09b", ContentDisposition.Create("a\tb", new() { Fallback = false }));
        }

        [Fact(DisplayName = "Create › only the result is allocated")]
        public void Allocations()
        {
            var options = new ContentDispositionOptions { Type = "inline" };
            var plans = Allocated(() => ContentDisposition.Create("/path/to/plans.pdf", options));
            Assert.Equal(Allocated(() => new string('x', "inline; filename=\"plans.pdf\"".Length)), plans);
            var euro = Allocated(() => ContentDisposition.Create("€ rates.pdf"));
            Assert.Equal(Allocated(() => new string('x', "attachment; filename=\"? rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf".Length)), euro);
            Assert.Equal(0, Allocated(() => ContentDisposition.Create()));
        }

        internal static long Allocated(Func<object> call) => Koa.Tests.Shared.Measure.AllocatedPerCall(call);
    }

    public sealed class Fallback
    {
        [Fact(DisplayName = "ContentDispositionFallback › converts from bool and string like npm's option")]
        public void Conversions()
        {
            ContentDispositionFallback yes = true, no = false, name = "plans.pdf", none = (string?)null;
            Assert.Equal(ContentDispositionFallback.Automatic, yes);
            Assert.Equal(ContentDispositionFallback.None, no);
            Assert.Equal(ContentDispositionFallback.Named("plans.pdf"), name);
            Assert.Equal(ContentDispositionFallback.Automatic, none);
            Assert.Equal(default, ContentDispositionFallback.Automatic);
            Assert.True(yes.IsEnabled);
            Assert.Null(yes.Name);
            Assert.False(no.IsEnabled);
            Assert.Null(no.Name);
            Assert.True(name.IsEnabled);
            Assert.Equal("plans.pdf", name.Name);
            Assert.NotEqual(no, yes);
            Assert.Equal(ContentDispositionFallback.Automatic, new ContentDispositionOptions().Fallback);
        }
    }

    public sealed class Parse
    {
        [Fact(DisplayName = "Parse › parameter names are lower-cased and looked up ignoring case")]
        public void Lookup_ignores_case()
        {
            var header = ContentDisposition.Parse("Attachment; FileName=\"a.txt\"");
            Assert.Equal("attachment", header.Type);
            Assert.Equal("a.txt", header.Parameters["FILENAME"]);
            Assert.Equal(["filename"], header.Parameters.Keys);
        }

        [Fact(DisplayName = "Parse › parameters enumerate in header order")]
        public void Header_order()
        {
            var header = ContentDisposition.Parse("attachment; 2=a; b=c; 1=d; a*=utf-8''e");
            Assert.Equal(["2", "b", "1", "a"], header.Parameters.Keys);
        }

        [Fact(DisplayName = "Parse › __proto__ is an ordinary parameter (a JavaScript object drops it)")]
        public void Proto_parameter()
        {
            var header = ContentDisposition.Parse("attachment; __proto__=x; constructor=y");
            Assert.Equal("x", header.Parameters["__proto__"]);
            Assert.Equal("y", header.Parameters["constructor"]);
        }

        [Fact(DisplayName = "Parse › a name whose only * is last is extended; others are kept verbatim")]
        public void Extended_names()
        {
            Assert.Equal("x", ContentDisposition.Parse("attachment; *=utf-8''x").Parameters[""]);
            Assert.Equal("x", ContentDisposition.Parse("attachment; a**=x").Parameters["a**"]);
            Assert.Equal("x", ContentDisposition.Parse("attachment; *a=x").Parameters["*a"]);
            Assert.Equal("x", ContentDisposition.Parse("attachment; NAME*=utf-8''x").Parameters["name"]);
        }

        [Theory(DisplayName = "Parse › language tags follow npm's EXT_VALUE_REGEXP")]
        [InlineData("en", true)]
        [InlineData("EN-abc-DEF-ghi", true)]
        [InlineData("en-abc-def-ghi-jkl", false)]
        [InlineData("abcdefgh", true)]
        [InlineData("abcdefghi", false)]
        [InlineData("a", false)]
        [InlineData("en-us", false)]
        [InlineData("abcd-efg", false)]
        [InlineData("en-", false)]
        [InlineData("e1", false)]
        public void Language(string language, bool valid) =>
            Assert.Equal(valid, ContentDisposition.TryParse($"attachment; filename*=utf-8'{language}'x", out _));

        [Fact(DisplayName = "ContentDispositionHeader › equality compares parameters by value, in any order")]
        public void Equality()
        {
            var a = ContentDisposition.Parse("inline; a=1; b=2");
            var b = ContentDisposition.Parse("INLINE; b=2; a=\"1\"");
            Assert.Equal(a, b);
            Assert.True(a == b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.NotEqual(a, ContentDisposition.Parse("inline; a=1; b=3"));
            Assert.NotEqual(a, ContentDisposition.Parse("inline; a=1; c=2"));
            Assert.NotEqual(a, ContentDisposition.Parse("inline; a=1"));
            Assert.NotEqual(a, ContentDisposition.Parse("attachment; a=1; b=2"));
            Assert.NotEqual(a, default);
            Assert.Equal(default(ContentDispositionHeader), default);
            Assert.Equal(default(ContentDispositionHeader).GetHashCode(), default(ContentDispositionHeader).GetHashCode());
        }

        [Fact(DisplayName = "Parse › a bare type allocates nothing")]
        public void Allocations()
        {
            Assert.Equal(0, Create.Allocated(() => ContentDisposition.Parse("attachment").Type));
            Assert.Equal(0, Create.Allocated(() => ContentDisposition.Parse("INLINE \t").Type));
        }
    }
}
