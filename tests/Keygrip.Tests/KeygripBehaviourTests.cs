namespace Koa.Tests;

// Behaviour of the port beyond upstream's suite: rotation through the live key list, the span and TrySign forms,
// argument checks, and the documented differences (eager algorithm/encoding checks).
public sealed class KeygripBehaviourTests
{
    [Fact]
    public void Digests_match_the_one_shot_HMAC_across_threads_and_more_keys_than_the_cache_holds()
    {
        // the port keeps keyed HMAC instances per thread (a few per thread): results must be those of a fresh HMAC
        var secrets = Enumerable.Range(0, 20).Select(i => "secret " + i).ToArray();
        string Expected(string key, string data, string algorithm)
        {
            var keyBytes = System.Text.Encoding.UTF8.GetBytes(key);
            var dataBytes = System.Text.Encoding.UTF8.GetBytes(data);
            var hash = algorithm == "sha1"
                ? System.Security.Cryptography.HMACSHA1.HashData(keyBytes, dataBytes)
                : System.Security.Cryptography.HMACSHA512.HashData(keyBytes, dataBytes);
            return Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        Parallel.For(0, 400, i =>
        {
            var key = secrets[i % secrets.Length];
            var algorithm = i % 3 == 0 ? "sha512" : "sha1";
            var data = "data " + i;
            var keys = new Keygrip([key], algorithm);
            Assert.Equal(Expected(key, data, algorithm), keys.Sign(data));
            Assert.Equal(0, keys.Index(data, Expected(key, data, algorithm)));
            // a new string with the same text is the same key
            Assert.Equal(Expected(key, data, algorithm), new Keygrip([new string(key.AsSpan())], algorithm).Sign(data));
        });
    }

    [Fact]
    public void Rotation_by_mutating_the_key_list_is_seen_live()
    {
        // keygrip README: keylist.unshift("SEKRIT4"); keylist.pop() → index 1, time to re-sign.
        var keylist = new List<string> { "SEKRIT3", "SEKRIT2", "SEKRIT1" };
        var keys = new Keygrip(keylist);
        var hash = keys.Sign("bieberschnitzel");
        Assert.Matches("^[\\w\\-]{27}$", hash);
        Assert.Equal(0, keys.Index("bieberschnitzel", hash));
        Assert.True(keys.Verify("bieberschnitzel", hash));
        Assert.Equal(-1, keys.Index("bieberschnitzel", "o_O"));

        keylist.Insert(0, "SEKRIT4");
        keylist.RemoveAt(keylist.Count - 1);

        Assert.Equal(1, keys.Index("bieberschnitzel", hash));
        Assert.NotEqual(hash, keys.Sign("bieberschnitzel"));
        Assert.Equal(new Keygrip(["SEKRIT4"]).Sign("bieberschnitzel"), keys.Sign("bieberschnitzel"));
    }

    [Fact]
    public void A_key_list_emptied_after_construction_cannot_sign_but_matches_nothing()
    {
        var keylist = new List<string> { "k" };
        var keys = new Keygrip(keylist);
        var digest = keys.Sign("data");
        keylist.Clear();

        Assert.Equal("Keys must be provided.", Assert.Throws<InvalidOperationException>(() => keys.Sign("data")).Message);
        Assert.Equal(-1, keys.Index("data", digest));
    }

    [Fact]
    public void A_null_key_is_rejected_when_constructed_and_when_met_later()
    {
        Assert.Equal("Keys must not contain null.", Assert.Throws<ArgumentException>(() => new Keygrip(["a", null!])).Message);

        var keylist = new List<string> { "a" };
        var keys = new Keygrip(keylist);
        var digest = new Keygrip(["b"]).Sign("data");
        keylist.Add(null!);
        Assert.Throws<InvalidOperationException>(() => keys.Index("data", digest));
        keylist[0] = null!;
        Assert.Throws<InvalidOperationException>(() => keys.Sign("data"));
    }

    [Theory]
    [InlineData("md5")]
    [InlineData("sha3-256")]
    [InlineData("foo")]
    public void Unsupported_algorithms_are_rejected_when_constructed(string algorithm)
    {
        var error = Assert.Throws<ArgumentException>(() => new Keygrip(["k"], algorithm));

        Assert.Equal("Invalid digest: " + algorithm, error.Message);
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("utf8")]
    [InlineData("base32")]
    public void Unsupported_encodings_are_rejected_when_constructed(string encoding)
    {
        var error = Assert.Throws<ArgumentException>(() => new Keygrip(["k"], "sha1", encoding));

        Assert.Equal("Unknown encoding: " + encoding, error.Message);
    }

    [Theory]
    [InlineData("sha1", "base64", 27)]
    [InlineData("sha256", "base64url", 43)]
    [InlineData("sha384", "base64", 64)]
    [InlineData("sha512", "base64", 86)]
    [InlineData("sha1", "hex", 40)]
    [InlineData("sha512", "hex", 128)]
    public void Digest_lengths_follow_the_algorithm_and_encoding(string algorithm, string encoding, int length)
    {
        var keys = new Keygrip(["k"], algorithm, encoding);

        Assert.Equal(length, keys.Sign("data").Length);
    }

    [Fact]
    public void TrySign_reports_a_short_destination()
    {
        var keys = new Keygrip(["keyboard cat"]);
        Span<char> small = stackalloc char[26];
        Span<char> exact = stackalloc char[27];

        Assert.False(keys.TrySign("foo=bar", small, out var none));
        Assert.Equal(0, none);
        Assert.True(keys.TrySign("foo=bar", exact, out var written));
        Assert.Equal("iW2fuCIzk9Cg_rqLT1CAqrtdWs8", exact[..written].ToString());
    }

    [Fact]
    public void Span_forms_match_the_string_forms()
    {
        var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);
        const string data = "Keyboard Cat has a hat.";

        Assert.Equal(keys.Sign(data), keys.Sign(data.AsSpan()));
        Assert.Equal(1, keys.Index(data.AsSpan(), "34Sr3OIsheUYWKL5_w--zJsdSNk".AsSpan()));
        Assert.True(keys.Verify(data.AsSpan(), "_jl9qXYgk5AgBiKFOPYK073FMEQ".AsSpan()));
    }

    [Fact]
    public void Long_keys_and_data_use_pooled_buffers_with_the_same_result()
    {
        var key = new string('k', 1000);
        var data = new string('d', 100_000);
        var keys = new Keygrip([key], "sha256");
        var digest = keys.Sign(data);

        Assert.Equal(0, keys.Index(data, digest));
        Assert.Equal(-1, keys.Index(data + "x", digest));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        var keys = new Keygrip(["k"]);

        Assert.Throws<ArgumentNullException>(() => keys.Sign(null!));
        Assert.Throws<ArgumentNullException>(() => keys.Index(null!, "d"));
        Assert.Throws<ArgumentNullException>(() => keys.Index("d", null!));
        Assert.Throws<ArgumentNullException>(() => keys.Verify(null!, "d"));
    }

    [Fact]
    public void Sign_allocates_only_its_result_and_Verify_allocates_nothing()
    {
        var keys = new Keygrip(["keyboard cat a", "keyboard cat b"]);
        const string data = "foo=bar";
        var old = new Keygrip(["keyboard cat b"]).Sign(data);
        keys.Sign(data);
        keys.Verify(data, old);

        var verified = false;
        var index = -1;
        var allocated = Koa.Tests.Shared.Measure.Allocated(() =>
        {
            verified = keys.Verify(data, old);
            index = keys.Index(data, old);
        });
        Assert.True(verified);
        Assert.Equal(1, index);
        Assert.Equal(0, allocated);

        var digest = string.Empty;
        allocated = Koa.Tests.Shared.Measure.Allocated(() => digest = keys.Sign(data));
        Assert.Equal(27, digest.Length);
        Assert.True(allocated <= 96, $"Sign allocated {allocated} bytes");
    }

    [Fact]
    public void Public_api_matches_snapshot() => Koa.Tests.Shared.PublicApi.Verify(typeof(Keygrip).Assembly);
}
