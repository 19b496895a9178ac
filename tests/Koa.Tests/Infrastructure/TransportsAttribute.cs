using System.Reflection;
using Xunit.Sdk;

namespace Koa.Tests;

/// <summary>
/// Runs an HTTP-level test once per transport: in memory (TestServer) and over real Kestrel on 127.0.0.1.
/// The test method takes a <see cref="TestTransport"/> and passes it to <c>app.Request(transport)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TransportsAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [TestTransport.InMemory],
        [TestTransport.Kestrel],
    ];
}
