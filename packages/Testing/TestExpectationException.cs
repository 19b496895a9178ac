namespace Koa;

/// <summary>A test-client expectation that did not hold; carries the response for inspection.</summary>
/// <example>
/// <code>
/// var error = await Assert.ThrowsAsync&lt;TestExpectationException&gt;(() => app.Request().Get("/").ExpectAsync(200));
/// Assert.Equal(404, error.Response.Status);
/// </code>
/// </example>
public sealed class TestExpectationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what came.</param>
    /// <param name="response">The response.</param>
    /// <example><c>throw new TestExpectationException("expected 200, got 404", res);</c></example>
    public TestExpectationException(string message, TestResponse response)
        : base(message)
    {
        Response = response;
    }

    /// <summary>The response that failed the expectation.</summary>
    /// <example><c>error.Response.Text</c></example>
    public TestResponse Response { get; }
}
