namespace Koa.Tests;

// Ported from crypto-utils/keygrip v1.1.0 test/keygrip.js: describe('Keygrip').
public sealed class KeygripTests
{
    private const string Data = "Keyboard Cat has a hat.";

    public sealed class Constructor
    {
        [Fact(DisplayName = "Keygrip › constructor › should construct new instance")]
        public void Should_construct_new_instance()
        {
            var keys = new Keygrip(["SEKRIT1"]);

            Assert.NotNull(keys);
            Assert.IsType<Keygrip>(keys);
        }

        // C# has no call-without-new; the nearest form is the target-typed `new(...)`.
        [Fact(DisplayName = "Keygrip › constructor › should work without new keyword")]
        public void Should_work_without_new_keyword()
        {
            Keygrip keys = new(["SEKRIT1"]);

            Assert.NotNull(keys);
            Assert.Equal("34Sr3OIsheUYWKL5_w--zJsdSNk", keys.Sign(Data));
        }
    }

    public sealed class KeysArgument
    {
        // `new Keygrip()` has no C# equivalent: a null list is the nearest (ArgumentNullException, same text).
        [Fact(DisplayName = "Keygrip › \"keys\" argument › when undefined › should throw an Error")]
        public void When_undefined_should_throw()
        {
            Keygrip? keys = null;

            var error = Assert.Throws<ArgumentNullException>(() => keys = new Keygrip(null!));
            Assert.Contains("Keys must be provided", error.Message, StringComparison.Ordinal);
            Assert.Equal("keys", error.ParamName);
            Assert.Null(keys);
        }

        [Fact(DisplayName = "Keygrip › \"keys\" argument › when empty array › should throw an Error")]
        public void When_empty_array_should_throw()
        {
            Keygrip? keys = null;

            var error = Assert.Throws<ArgumentException>(() => keys = new Keygrip([]));
            Assert.Equal("Keys must be provided.", error.Message);
            Assert.Null(keys);
        }

        [Fact(DisplayName = "Keygrip › \"keys\" argument › when array of strings › should construct object")]
        public void When_array_of_strings_should_construct()
        {
            var keys = new Keygrip(["SEKRIT1"]);

            Assert.NotNull(keys);
            Assert.True(keys.Verify(Data, "34Sr3OIsheUYWKL5_w--zJsdSNk"));
        }
    }

    public sealed class IndexMethod
    {
        [Fact(DisplayName = "Keygrip › .index(data) › should return key index that signed data")]
        public void Should_return_key_index_that_signed_data()
        {
            var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);

            Assert.Equal(0, keys.Index(Data, "_jl9qXYgk5AgBiKFOPYK073FMEQ"));
            Assert.Equal(1, keys.Index(Data, "34Sr3OIsheUYWKL5_w--zJsdSNk"));
        }

        [Fact(DisplayName = "Keygrip › .index(data) › should return -1 when no key matches")]
        public void Should_return_minus_one_when_no_key_matches()
        {
            var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);

            Assert.Equal(-1, keys.Index(Data, "xmM8HQl2eBtPP9nmZ7BK_wpqoxQ"));
        }

        [Fact(DisplayName = "Keygrip › .index(data) › with \"algorithm\" › should return key index using algorithm")]
        public void With_algorithm_should_return_key_index()
        {
            var keys = new Keygrip(["SEKRIT1"], "sha256");

            Assert.Equal(0, keys.Index(Data, "pu97aPRZRLKi3-eANtIlTG_CwSc39mAcIZ1c6FxsGCk"));
        }

        [Fact(DisplayName = "Keygrip › .index(data) › with \"encoding\" › should return key index using encoding")]
        public void With_encoding_should_return_key_index()
        {
            var keys = new Keygrip(["SEKRIT1"], null, "hex");

            Assert.Equal(0, keys.Index(Data, "df84abdce22c85e51858a2f9ff0fbecc9b1d48d9"));
        }
    }

    public sealed class SignMethod
    {
        [Fact(DisplayName = "Keygrip › .sign(data) › should sign a string")]
        public void Should_sign_a_string()
        {
            var keys = new Keygrip(["SEKRIT1"]);

            Assert.Equal("34Sr3OIsheUYWKL5_w--zJsdSNk", keys.Sign(Data));
        }

        [Fact(DisplayName = "Keygrip › .sign(data) › should sign with first secret")]
        public void Should_sign_with_first_secret()
        {
            var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);

            Assert.Equal("_jl9qXYgk5AgBiKFOPYK073FMEQ", keys.Sign(Data));
        }

        [Fact(DisplayName = "Keygrip › .sign(data) › with \"algorithm\" › should return signature using algorithm")]
        public void With_algorithm_should_return_signature()
        {
            var keys = new Keygrip(["SEKRIT1"], "sha256");

            Assert.Equal("pu97aPRZRLKi3-eANtIlTG_CwSc39mAcIZ1c6FxsGCk", keys.Sign(Data));
        }

        [Fact(DisplayName = "Keygrip › .sign(data) › with \"encoding\" › should return signature in encoding")]
        public void With_encoding_should_return_signature()
        {
            var keys = new Keygrip(["SEKRIT1"], null, "hex");

            Assert.Equal("df84abdce22c85e51858a2f9ff0fbecc9b1d48d9", keys.Sign(Data));
        }
    }

    public sealed class VerifyMethod
    {
        [Fact(DisplayName = "Keygrip › .verify(data) › should validate against any key")]
        public void Should_validate_against_any_key()
        {
            var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);

            Assert.True(keys.Verify(Data, "_jl9qXYgk5AgBiKFOPYK073FMEQ"));
            Assert.True(keys.Verify(Data, "34Sr3OIsheUYWKL5_w--zJsdSNk"));
        }

        [Fact(DisplayName = "Keygrip › .verify(data) › should fail with bogus data")]
        public void Should_fail_with_bogus_data()
        {
            var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);

            Assert.False(keys.Verify(Data, "bogus data"));
        }

        [Fact(DisplayName = "Keygrip › .verify(data) › should fail when key not present")]
        public void Should_fail_when_key_not_present()
        {
            var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);

            Assert.False(keys.Verify(Data, "xmM8HQl2eBtPP9nmZ7BK_wpqoxQ"));
        }

        [Fact(DisplayName = "Keygrip › .verify(data) › with \"algorithm\" › should validate using algorithm")]
        public void With_algorithm_should_validate()
        {
            var keys = new Keygrip(["SEKRIT1"], "sha256");

            Assert.True(keys.Verify(Data, "pu97aPRZRLKi3-eANtIlTG_CwSc39mAcIZ1c6FxsGCk"));
        }

        [Fact(DisplayName = "Keygrip › .verify(data) › with \"encoding\" › should validate using encoding")]
        public void With_encoding_should_validate()
        {
            var keys = new Keygrip(["SEKRIT1"], null, "hex");

            Assert.True(keys.Verify(Data, "df84abdce22c85e51858a2f9ff0fbecc9b1d48d9"));
        }
    }
}
