using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koa;

/// <summary>
/// The logger factory a <see cref="KoaServer"/> gives Kestrel. Kestrel answers a request it cannot parse (400, 408,
/// 414, 431) by itself and only reports it as the log event <c>ConnectionBadRequest</c> (category
/// <c>Microsoft.AspNetCore.Server.Kestrel.BadRequests</c>, level Debug). This factory turns that event into
/// <see cref="ApplicationBase.ClientError"/> and drops every other log event. It also answers "enabled" for
/// Information on Kestrel's general category: that is what makes Kestrel put the offending bytes, escaped and cut at
/// 128 characters, into the exception message. A connection middleware (<see cref="Track"/>) remembers each open
/// connection's remote address so the event can say where the request came from.
/// <para>
/// Kestrel also logs <c>ConnectionBadRequest</c> when, after the middleware finished, it drains a request body that
/// turns out malformed or too large. When the middleware already met that error (it reached
/// <see cref="ApplicationBase.Error"/> with its context, see <see cref="NoteHandled"/>), the drain's copy is not
/// reported again; a body error the middleware never saw (it did not read the body) is a client error like any other.
/// </para>
/// </summary>
internal sealed class ClientErrorLog(ApplicationBase app) : ILoggerFactory
{
    private const string BadRequestsCategory = "Microsoft.AspNetCore.Server.Kestrel.BadRequests";
    private const string GeneralCategory = "Microsoft.AspNetCore.Server.Kestrel";

    private readonly ConcurrentDictionary<string, ConnectionState> _connections = new(StringComparer.Ordinal);

    /// <summary>
    /// Records that the application's error handling met <paramref name="error"/> on this request's connection (the
    /// request features fall back to the connection's, where <see cref="Track"/> left the state).
    /// </summary>
    public static void NoteHandled(IFeatureCollection features, BadHttpRequestException error)
    {
        if (features.Get<ConnectionState>() is { } state) state.Handled = error.Message;
    }

    /// <summary>Connection middleware: records the remote address for the connection's lifetime.</summary>
    public ConnectionDelegate Track(ConnectionDelegate next) => async connection =>
    {
        var id = connection.ConnectionId;
        var state = new ConnectionState(connection.RemoteEndPoint);
        connection.Features.Set(state);
        _connections[id] = state;
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            _connections.TryRemove(id, out _);
        }
    };

    public ILogger CreateLogger(string categoryName) => categoryName switch
    {
        BadRequestsCategory => new BadRequestLogger(this),
        GeneralCategory => DetailsLogger.Instance,
        _ => NullLogger.Instance,
    };

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private void Report(BadHttpRequestException error, string connectionId)
    {
        _connections.TryGetValue(connectionId, out var state);
        if (state?.Handled == error.Message) return;
        app.EmitClientError(error, new ClientConnection(connectionId, state?.Remote));
    }

    private static string ConnectionIdOf<TState>(TState state)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                if (key == "ConnectionId" && value is string id) return id;
            }
        }
        return string.Empty;
    }

    /// <summary>What is known about an open connection.</summary>
    private sealed class ConnectionState(EndPoint? remote)
    {
        public EndPoint? Remote => remote;

        public string? Handled { get; set; }
    }

    private sealed class BadRequestLogger(ClientErrorLog owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name == "ConnectionBadRequest" && exception is BadHttpRequestException error)
            {
                owner.Report(error, ConnectionIdOf(state));
            }
        }
    }

    // Enabled from Information up so that Kestrel includes error details; everything it logs here is dropped.
    private sealed class DetailsLogger : ILogger
    {
        public static readonly DetailsLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
