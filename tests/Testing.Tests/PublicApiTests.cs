using Koa.Tests.Shared;

namespace Koa.Testing.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(TestClient).Assembly);
}
