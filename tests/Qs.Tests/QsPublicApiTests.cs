using Koa.Tests.Shared;

namespace Koa.Tests;

public sealed class QsPublicApiTests
{
    [Fact(DisplayName = "public API matches the committed snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Qs).Assembly);
}
