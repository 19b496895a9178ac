using Koa.Tests.Shared;

namespace Koa.Tests.Url;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(WhatwgUrl).Assembly);
}
