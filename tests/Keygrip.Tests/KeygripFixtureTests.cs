using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

// Replays tests/conformance/keygrip/sign.json, produced by node with the pinned npm keygrip 1.1.0: every digest node
// signs (keys × data × algorithms × encodings, hostile text included) and the index node finds for genuine,
// older-key and tampered digests.
public sealed class KeygripFixtureTests
{
    private static string Text(JsonElement element) => Fixtures.Text(element)!;

    private static string? Optional(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    [Fact(DisplayName = "fixtures › Sign reproduces every node digest; Index and Verify agree with node on genuine and tampered digests")]
    public void Replays_node()
    {
        var failures = new List<string>();
        int cases = 0, checks = 0;
        Span<char> buffer = stackalloc char[128];
        foreach (var c in Fixtures.Cases("keygrip/sign.json"))
        {
            cases++;
            var keys = c.GetProperty("keys").EnumerateArray().Select(Text).ToList();
            var algorithm = Optional(c.GetProperty("algorithm"));
            var encoding = Optional(c.GetProperty("encoding"));
            var data = Text(c.GetProperty("data"));
            var label = $"case {cases} (keys {JsonSerializer.Serialize(keys)}, {algorithm ?? "null"}, {encoding ?? "null"}, data {JsonSerializer.Serialize(data)})";

            if (c.TryGetProperty("error", out var error))
            {
                // Node throws 'Invalid digest' at the first sign; the port checks the algorithm when constructed.
                var thrown = Record.Exception(() => new Keygrip(keys, algorithm, encoding).Sign(data));
                if (thrown is not ArgumentException || thrown.Message != error.GetString())
                    failures.Add($"{label}: expected ArgumentException '{error.GetString()}', got {thrown?.GetType().Name}: {thrown?.Message}");
                continue;
            }

            var grip = new Keygrip(keys, algorithm, encoding);
            var digest = Text(c.GetProperty("digest"));
            if (grip.Sign(data) != digest)
                failures.Add($"{label}: Sign gave {grip.Sign(data)}, node {digest}");
            if (!grip.TrySign(data, buffer, out var written) || !buffer[..written].SequenceEqual(digest))
                failures.Add($"{label}: TrySign differs from node {digest}");

            foreach (var check in c.GetProperty("checks").EnumerateArray())
            {
                checks++;
                var candidate = Text(check.GetProperty("digest"));
                var index = check.GetProperty("index").GetInt32();
                var verify = check.GetProperty("verify").GetBoolean();
                if (grip.Index(data, candidate) != index || grip.Index(data.AsSpan(), candidate.AsSpan()) != index)
                    failures.Add($"{label}: Index(digest {JsonSerializer.Serialize(candidate)}) gave {grip.Index(data, candidate)}, node {index}");
                if (grip.Verify(data, candidate) != verify || grip.Verify(data.AsSpan(), candidate.AsSpan()) != verify)
                    failures.Add($"{label}: Verify(digest {JsonSerializer.Serialize(candidate)}) gave {grip.Verify(data, candidate)}, node {verify}");
            }
        }

        Assert.True(cases > 400 && checks > 10000, $"only {cases} cases / {checks} checks");
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches over {cases} cases / {checks} checks:\n" + string.Join("\n", failures.Take(10)));
    }
}
