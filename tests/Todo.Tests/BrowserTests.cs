using System.Diagnostics;
using Koa.Examples.Todo;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Koa.Tests;

/// <summary>
/// A test that drives Debian's headless <c>chromium</c> through its <c>chromedriver</c>; skipped, saying why, when
/// they are not installed (build.cake's Test target installs them with apt-get when it runs as root).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) || !File.Exists(ChromeDriver))
            Skip = $"no browser: {Chromium} and {ChromeDriver} are needed (apt-get install -y chromium chromium-driver; `dotnet cake --target=Test` does it when run as root)";
    }
}

/// <summary>The Todo app on a real port, two other origins for CORS, and one headless browser for the class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public KoaServer? Todo { get; private set; }

    public KoaServer? Allowed { get; private set; }

    public KoaServer? Refused { get; private set; }

    public ChromeDriver? Driver { get; private set; }

    public string BaseUrl => $"http://127.0.0.1:{Todo!.Port}";

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.Chromium) || !File.Exists(BrowserFactAttribute.ChromeDriver)) return;

        Allowed = await CrossOriginSite().ListenAsync(0, "127.0.0.1");
        Refused = await CrossOriginSite().ListenAsync(0, "127.0.0.1");
        Todo = await Program.Build(new TodoOptions
        {
            Keys = ["browser test key"],
            AllowedOrigin = $"http://127.0.0.1:{Allowed.Port}",
            Log = TextWriter.Null,
        }).ListenAsync(0, "127.0.0.1");

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.ChromeDriver)!, Path.GetFileName(BrowserFactAttribute.ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions");
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public async Task DisposeAsync()
    {
        Driver?.Quit();
        Driver?.Dispose();
        if (Todo is not null) await Todo.DisposeAsync();
        if (Allowed is not null) await Allowed.DisposeAsync();
        if (Refused is not null) await Refused.DisposeAsync();
    }

    // A page on another origin calling the Todo API with fetch(); it writes what happened into <body data-result>.
    private static Application CrossOriginSite()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Type = "html";
            ctx.Body = """
                <!doctype html><title>other origin</title><body><script>
                fetch(new URLSearchParams(location.search).get('api') + '/api/todos')
                  .then(res => res.json())
                  .then(todos => { document.body.dataset.result = 'ok ' + todos.length; })
                  .catch(() => { document.body.dataset.result = 'blocked'; });
                </script></body>
                """;
            return Task.CompletedTask;
        });
        return app;
    }
}

public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private IWebDriver Driver => fixture.Driver!;

    private static void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            try
            {
                if (condition()) return;
            }
            catch (WebDriverException)
            {
                // the page is being replaced (a form's redirect): ask again
            }

            Thread.Sleep(50);
        }

        Assert.Fail($"timed out waiting for {what}");
    }

    private object? Js(string script) => ((IJavaScriptExecutor)Driver).ExecuteScript(script);

    private void Open(string url)
    {
        Driver.Navigate().GoToUrl(url);
        WaitForReady();
    }

    private void WaitForReady() => WaitFor(() => Js("return document.body && document.body.dataset.ready") as string == "true", "the page's script");

    private IReadOnlyList<string> Items() => Driver.FindElements(By.CssSelector("#todos li")).Select(li => li.Text).ToList();

    [BrowserFact]
    public void The_page_loads_todos_are_added_by_form_and_fetch_and_the_login_survives_a_reload()
    {
        Open(fixture.BaseUrl + "/");
        Assert.Equal("KoaNet todo", Driver.Title);
        Assert.Equal("Not signed in.", Driver.FindElement(By.Id("who")).Text);

        // sign in with the plain form: a POST, a redirect, the page again with the session cookie
        Driver.FindElement(By.CssSelector("#login input[name=name]")).SendKeys("ada");
        Driver.FindElement(By.CssSelector("#login button")).Click();
        WaitFor(() => Driver.FindElement(By.Id("who")).Text == "Signed in as ada.", "the signed-in page");

        // a todo through the form (no script involved)
        Driver.FindElement(By.CssSelector("#add input[name=title]")).SendKeys("buy milk");
        Driver.FindElement(By.CssSelector("#add button")).Click();
        WaitFor(() => Items().Contains("buy milk (ada)"), "the todo added by the form");

        // a todo through fetch(): the page is not reloaded (the marker survives)
        WaitForReady();
        Js("window.marker = 42;");
        Driver.FindElement(By.CssSelector("#add-fetch input[name=title]")).SendKeys("write tests");
        Driver.FindElement(By.CssSelector("#add-fetch button")).Click();
        WaitFor(() => Items().Contains("write tests (ada)"), "the todo added by fetch");
        Assert.Equal(42L, Js("return window.marker;"));
        Assert.Equal(["buy milk (ada)", "write tests (ada)"], Items());

        // the login survives a reload
        Driver.Navigate().Refresh();
        WaitForReady();
        Assert.Null(Js("return window.marker;"));
        Assert.Equal("Signed in as ada.", Driver.FindElement(By.Id("who")).Text);
        var cookie = Driver.Manage().Cookies.GetCookieNamed("koa.sess");
        Assert.NotNull(cookie);
        Assert.True(cookie.IsHttpOnly);
        Assert.Null(Js("return document.cookie.includes('koa.sess') ? 'visible' : null;")); // HttpOnly: not visible to scripts
    }

    [BrowserFact]
    public void The_csp_blocks_the_inline_script_while_the_pages_own_script_runs()
    {
        Open(fixture.BaseUrl + "/");
        Assert.Equal("true", Js("return document.body.dataset.ready;")); // /app.js ran (script-src 'self')
        Assert.Equal(true, Js("return window.inlineScriptRan === undefined;")); // the inline <script> did not
        Assert.Equal("KoaNet todo", Driver.Title);
    }

    [BrowserFact]
    public void A_cross_origin_request_passes_from_the_allowed_origin_and_fails_from_another()
    {
        Driver.Navigate().GoToUrl($"http://127.0.0.1:{fixture.Allowed!.Port}/?api={Uri.EscapeDataString(fixture.BaseUrl)}");
        WaitFor(() => Js("return document.body.dataset.result || null;") is string, "the allowed origin's fetch");
        Assert.StartsWith("ok ", (string)Js("return document.body.dataset.result;")!, StringComparison.Ordinal);

        Driver.Navigate().GoToUrl($"http://127.0.0.1:{fixture.Refused!.Port}/?api={Uri.EscapeDataString(fixture.BaseUrl)}");
        WaitFor(() => Js("return document.body.dataset.result || null;") is string, "the other origin's fetch");
        Assert.Equal("blocked", Js("return document.body.dataset.result;"));
    }
}
