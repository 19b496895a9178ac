using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;

namespace Koa;

// The two ways in from a server: a RequestDelegate for ASP.NET Core (app.callback()) and an IHttpApplication for a bare IServer.
public partial class Application<TContext>
{
    /// <inheritdoc />
    public override RequestDelegate Callback()
    {
        var pipeline = BuildPipeline();
        return httpContext =>
        {
            var context = new TContext();
            context.Initialize(this, httpContext.Features, mounted: true);
            return HandleRequestAsync(context, pipeline);
        };
    }

    private protected override Task StartCoreAsync(IServer server, CancellationToken cancellationToken) =>
        server.StartAsync(new KoaHttpApplication<TContext>(this, BuildPipeline()), cancellationToken);
}
