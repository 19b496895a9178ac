// Ported from @koa/router test/index.test.ts (describe 'Module Exports (CJS/ESM)'). Upstream spawns node on the CommonJS
// and ESM builds; the .NET counterpart of "the module exports Router" is the package's assembly exporting Koa.Router
// (a concrete Router<Context>) with the static URL builder.
namespace Koa.Tests.Upstream;

public sealed class ExportsTests
{
    private static readonly System.Reflection.Assembly Package = typeof(Router).Assembly;

    private static Type Exported(string name) =>
        Package.GetExportedTypes().Single(t => t.FullName == name);

    private static void IsConstructibleRouter(Type type)
    {
        Assert.True(type.IsClass && !type.IsAbstract);
        var router = Activator.CreateInstance(type, [null]);
        Assert.IsType<Router>(router);
        Assert.IsAssignableFrom<Router<Context>>(router);
    }

    [Fact(DisplayName = "Module Exports (CJS/ESM) › CommonJS exports › should allow `const Router = require(\"@koa/router\")`")]
    public void Cjs_default_require() => IsConstructibleRouter(Exported("Koa.Router"));

    [Fact(DisplayName = "Module Exports (CJS/ESM) › CommonJS exports › should allow `require(\"@koa/router\").default` for backwards compatibility")]
    public void Cjs_default_property()
    {
        // one name only: Koa.Router is what every form of import resolves to
        Assert.Equal("KoaNet.Router", Package.GetName().Name);
        IsConstructibleRouter(typeof(Router));
    }

    [Fact(DisplayName = "Module Exports (CJS/ESM) › CommonJS exports › should allow `require(\"@koa/router\").Router` named export")]
    public void Cjs_named() => Assert.Equal("Koa", typeof(Router).Namespace);

    [Fact(DisplayName = "Module Exports (CJS/ESM) › CommonJS exports › should have Router constructor equal to Router.Router and Router.default")]
    public void Cjs_same_constructor() => Assert.Same(typeof(Router), Exported("Koa.Router"));

    [Fact(DisplayName = "Module Exports (CJS/ESM) › CommonJS exports › should expose static url() method")]
    public void Cjs_static_url() =>
        Assert.Equal("/users/123", Router.UrlFromPath("/users/:id", new Dictionary<string, object?> { ["id"] = 123 }));

    [Fact(DisplayName = "Module Exports (CJS/ESM) › ESM exports › should allow `import Router from \"@koa/router\"`")]
    public void Esm_default_import() => IsConstructibleRouter(typeof(Router));

    [Fact(DisplayName = "Module Exports (CJS/ESM) › ESM exports › should allow `import { Router } from \"@koa/router\"`")]
    public void Esm_named_import() => Assert.Contains(typeof(Router), Package.GetExportedTypes());

    [Fact(DisplayName = "Module Exports (CJS/ESM) › ESM exports › should have default export equal to named Router export")]
    public void Esm_default_equals_named() => Assert.Equal(typeof(Router<Context>), typeof(Router).BaseType);

    [Fact(DisplayName = "Module Exports (CJS/ESM) › ESM exports › should expose static url() method")]
    public void Esm_static_url() =>
        Assert.Equal("/users/456", Router.UrlFromPath("/users/:id", new Dictionary<string, object?> { ["id"] = 456 }));
}
