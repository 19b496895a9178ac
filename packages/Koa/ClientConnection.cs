using System.Net;

namespace Koa;

/// <summary>
/// The connection a <see cref="ApplicationBase.ClientError"/> came from (what node hands a <c>'clientError'</c> listener
/// as <c>socket</c>, minus writing: Kestrel has already answered and closed it).
/// </summary>
/// <param name="Id">Kestrel's connection id, as in its logs.</param>
/// <param name="RemoteEndPoint">The client's address and port, when known.</param>
/// <example><c>app.ClientError += (err, connection) => Console.WriteLine($"{connection.RemoteEndPoint} sent a bad request: {err.Message}");</c></example>
public readonly record struct ClientConnection(string Id, EndPoint? RemoteEndPoint);
