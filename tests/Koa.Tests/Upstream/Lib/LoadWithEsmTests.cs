using System.Reflection;

namespace Koa.Tests.Lib;

// __tests__/load-with-esm.test.js checks that Koa's ESM and CommonJS entry points export the same things and that
// `default` is the Application itself. Its intent in .NET: one assembly, one namespace, one Application, and the
// 3.3.0 re-exports (HttpError, createHttpError, isHttpError) reachable from the framework package.
public sealed class LoadWithEsmTests
{
    private static readonly Assembly KoaNet = typeof(Application).Assembly;

    [Fact(DisplayName = "Load with esm › should default export koa")]
    public void Default_export()
    {
        Assert.Equal("KoaNet", KoaNet.GetName().Name);
        Assert.Same(typeof(Application), KoaNet.GetType("Koa.Application"));
    }

    [Fact(DisplayName = "Load with esm › should match exports own property names")]
    public void One_namespace()
    {
        var exported = KoaNet.GetExportedTypes();
        Assert.NotEmpty(exported);
        Assert.All(exported, type => Assert.Equal("Koa", type.Namespace));
    }

    [Fact(DisplayName = "Load with esm › CommonJS exports default property")]
    public void Exports_http_errors()
    {
        var referenced = KoaNet.GetReferencedAssemblies().Select(a => a.Name).ToHashSet();
        Assert.Contains("KoaNet.HttpErrors", referenced);
        Assert.Equal("Koa", typeof(HttpError).Namespace);
        Assert.True(HttpErrors.IsHttpError(HttpErrors.Create(404)));
    }

    [Fact(DisplayName = "Load with esm › CommonJS exports default property referencing self")]
    public void Application_is_its_generic_self()
    {
        Assert.Equal(typeof(Application<Context>), typeof(Application).BaseType);
        Assert.IsAssignableFrom<ApplicationBase>(new Application());
    }
}
