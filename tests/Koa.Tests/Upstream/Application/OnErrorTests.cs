namespace Koa.Tests.Applications;

// __tests__/application/onerror.test.js
[Collection(ConsoleCollection.Name)]
public sealed class OnErrorTests
{
    // node throws TypeError('non-error thrown: foo') for a non-Error; in C# only a null can be given that is not an exception.
    [Fact(DisplayName = "app.onerror(err) › should throw an error if a non-error is given")]
    public void Throws_for_non_error()
    {
        var app = new Application();
        var error = Assert.Throws<ArgumentNullException>(() => app.OnError(null!));
        Assert.Contains("non-error thrown", error.Message, StringComparison.Ordinal);
    }

    // Errors "from other scopes" (another realm's Error): any exception, its HTTP facets in Exception.Data.
    [Fact(DisplayName = "app.onerror(err) › should accept errors coming from other scopes")]
    public void Accepts_errors_from_other_scopes()
    {
        var app = new Application();
        var error = new Exception("boom");
        error.Data["status"] = 418;
        error.Data["expose"] = true;
        using var stderr = new StderrCapture();
        app.OnError(error);
        Assert.Equal("", stderr.Text);
    }

    [Fact(DisplayName = "app.onerror(err) › should do nothing if status is 404")]
    public void Nothing_for_404()
    {
        var app = new Application();
        var err = new Exception();
        err.Data["status"] = 404;
        using var stderr = new StderrCapture();
        app.OnError(err);
        Assert.Equal("", stderr.Text);
    }

    [Fact(DisplayName = "app.onerror(err) › should do nothing if .silent")]
    public void Nothing_when_silent()
    {
        var app = new Application { Silent = true };
        var err = new Exception();
        using var stderr = new StderrCapture();
        app.OnError(err);
        Assert.Equal("", stderr.Text);
    }

    [Fact(DisplayName = "app.onerror(err) › should log the error to stderr")]
    public void Logs_to_stderr()
    {
        var app = new Application { Env = "dev" };
        var err = new Exception("Foo");
        using var stderr = new StderrCapture();
        app.OnError(err);
        Assert.NotEqual("", stderr.Text);
        Assert.StartsWith("\n  System.Exception: Foo", stderr.Text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "app.onerror(err) › koa-lite outputErrors: quiet in the test env when false")]
    public void Output_errors_false_in_test_env()
    {
        var app = new Application(new ApplicationOptions { Env = "test", OutputErrors = false });
        using var stderr = new StderrCapture();
        app.OnError(new Exception("hidden"));
        Assert.Equal("", stderr.Text);
        app.Env = "production";
        app.OnError(new Exception("shown"));
        Assert.Contains("shown", stderr.Text, StringComparison.Ordinal);
    }
}
