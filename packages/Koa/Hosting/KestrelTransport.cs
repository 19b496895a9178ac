using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koa;

/// <summary>
/// Kestrel's socket transport set up the way an ASP.NET Core host sets it up, for the bare <c>KestrelServer</c> of
/// <see cref="KoaServer"/>: with Kestrel's pinned-block memory pool. A <c>SocketTransportFactory</c> built with
/// <c>new SocketTransportOptions()</c> gets <c>MemoryPool&lt;byte&gt;.Shared</c> instead (the option that selects the
/// pool is internal and filled in by the host's dependency injection): every socket read and every pipe segment then
/// rents from the shared array pool, which under concurrent connections runs dry and allocates ~1 KB per request,
/// and buffers are pinned per socket operation. The public way to the host's set-up is
/// <c>IWebHostBuilder.UseKestrelCore()</c> (Kestrel's own registrations: transport, pool factory, options setup);
/// <see cref="Registrations"/> is an <see cref="IWebHostBuilder"/> that only records them into a service collection.
/// </summary>
internal static class KestrelTransport
{
    /// <summary>
    /// The services holding the transport factory (<see cref="IConnectionListenerFactory"/>) and its memory pool
    /// factory; dispose them after the server.
    /// </summary>
    /// <param name="transport">Configures the socket transport's options (<see cref="ApplicationOptions.Transport"/>).</param>
    public static ServiceProvider CreateServices(Action<SocketTransportOptions>? transport = null)
    {
        var services = new ServiceCollection();
        if (transport is not null) services.Configure(transport);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddMetrics();
        new Registrations(services).UseKestrelCore();
        return services.BuildServiceProvider();
    }

    /// <summary>Records the service registrations of <c>UseKestrelCore()</c>; not a host (it cannot be built).</summary>
    private sealed class Registrations(IServiceCollection services) : IWebHostBuilder
    {
#pragma warning disable ASPDEPR008 // IWebHost is obsolete; the interface still declares Build().
        public IWebHost Build() => throw new NotSupportedException("Only records service registrations.");
#pragma warning restore ASPDEPR008

        public IWebHostBuilder ConfigureAppConfiguration(Action<WebHostBuilderContext, IConfigurationBuilder> configureDelegate) =>
            throw new NotSupportedException("Only records service registrations.");

        public IWebHostBuilder ConfigureServices(Action<IServiceCollection> configureServices)
        {
            configureServices(services);
            return this;
        }

        public IWebHostBuilder ConfigureServices(Action<WebHostBuilderContext, IServiceCollection> configureServices) =>
            throw new NotSupportedException("Only records service registrations.");

        public string? GetSetting(string key) => null;

        public IWebHostBuilder UseSetting(string key, string? value) => this;
    }
}
