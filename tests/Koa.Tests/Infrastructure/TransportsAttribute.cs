using System.Reflection;
using Xunit.Sdk;

namespace Koa.Tests;

/// <summary>
/// Runs an HTTP-level test once per transport: in memory (TestServer), over real Kestrel on 127.0.0.1 (HTTP/1.1), and
/// over HTTPS with HTTP/2 (issue 16: every Koa test that runs over Kestrel also runs over TLS and HTTP/2).
/// The test method takes a <see cref="TestTransport"/> and passes it to <c>app.Request(transport)</c>.
/// </summary>
/// <remarks>
/// A test about plain HTTP/1.1 itself (the <c>http</c> scheme, <c>Transfer-Encoding</c>) names the transports it runs
/// on: <c>[Transports(TestTransport.InMemory, TestTransport.Kestrel)]</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TransportsAttribute(params TestTransport[] only) : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        (only.Length > 0 ? only : Enum.GetValues<TestTransport>()).Select(transport => new object[] { transport });

    /// <summary>
    /// The body Koa writes for a status without one: the status message over HTTP/1.1, the code as text over HTTP/2
    /// (lib/application.js respond(): <c>ctx.req.httpVersionMajor &gt;= 2 ? String(code) : ctx.message || String(code)</c>).
    /// </summary>
    public static string StatusBody(TestTransport transport, int code, string message) =>
        transport == TestTransport.Http2 ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : message;
}
