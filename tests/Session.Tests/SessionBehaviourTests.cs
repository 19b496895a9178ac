using Koa.Tests.Shared;

namespace Koa.Tests;

public sealed class SessionBehaviourTests
{
    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Session).Assembly);

    [Fact]
    public void Decoding_100_KB_of_hostile_input_is_linear_and_safe()
    {
        var deep = new string('[', 100_000);
        var start = Environment.TickCount64;
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SessionCodec.Parse(deep));
        var garbage = new string('!', 100_000);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SessionCodec.Decode(garbage));
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        Assert.True(Environment.TickCount64 - start < 5000);
        Assert.True(cpu > TimeSpan.Zero);
    }
}
