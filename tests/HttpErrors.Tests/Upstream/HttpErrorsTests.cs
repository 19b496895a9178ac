using System.Runtime.ExceptionServices;

namespace Koa.Tests;

// Ported from jshttp/http-errors v2.0.1 test/test.js: one class per `describe`, the upstream path in each DisplayName.
// JS → C#: err.name is the CLR type name (upstream's plain "Error" is an Exception, or for createError(300) an
// HttpError of no public status class); extra properties of a plain Error live in Exception.Data.

file static class Props
{
    public static Dictionary<string, object?> Of(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);
}

public class CreateErrorStatusTests
{
    [Fact(DisplayName = "createError(status) › should create error object")]
    public void Should_create_error_object() => Assert.IsAssignableFrom<Exception>(HttpErrors.Create(500));
}

public class CreateErrorStatusExtendingExistingErrorsWithHttpPropertiesTests
{
    [Fact(DisplayName = "createError(status) › Extending Existing Errors with HTTP Properties › should extend existing error without altering its prototype or replacing the object")]
    public void Should_extend_existing_error_without_altering_its_prototype_or_replacing_the_object()
    {
        var nativeError = new Exception("This is a test error");

        var httpError = HttpErrors.Create(404, nativeError, Props.Of(("expose", false)));

        Assert.Equal(404, HttpErrors.GetStatus(httpError));
        Assert.False(HttpErrors.GetExpose(httpError));
        Assert.Equal("This is a test error", httpError.Message);
        Assert.IsAssignableFrom<Exception>(httpError);
        Assert.Equal(typeof(Exception), httpError.GetType());
        Assert.Same(nativeError, httpError);
    }
}

public class CreateErrorStatusWhenStatus300Tests
{
    private readonly HttpError _error = HttpErrors.Create(300);

    [Fact(DisplayName = "createError(status) › when status 300 › should have \"message\" property of \"Multiple Choices\"")]
    public void Should_have_message_property_of_Multiple_Choices() => Assert.Equal("Multiple Choices", _error.Message);

    // Upstream returns a plain Error here; C# returns an HttpError of no public status class.
    [Fact(DisplayName = "createError(status) › when status 300 › should have \"name\" property of \"Error\"")]
    public void Should_have_name_property_of_Error()
    {
        Assert.False(_error.GetType().IsVisible);
        Assert.Null(typeof(HttpError).Assembly.GetExportedTypes().FirstOrDefault(t => t == _error.GetType()));
    }

    [Fact(DisplayName = "createError(status) › when status 300 › should have \"status\" property of 300")]
    public void Should_have_status_property_of_300() => Assert.Equal(300, _error.Status);

    [Fact(DisplayName = "createError(status) › when status 300 › should have \"statusCode\" property of 300")]
    public void Should_have_statusCode_property_of_300() => Assert.Equal(300, _error.StatusCode);
}

public class CreateErrorStatusWhenStatus404Tests
{
    private readonly HttpError _error = HttpErrors.Create(404);

    [Fact(DisplayName = "createError(status) › when status 404 › should have \"message\" property of \"Not Found\"")]
    public void Should_have_message_property_of_Not_Found() => Assert.Equal("Not Found", _error.Message);

    [Fact(DisplayName = "createError(status) › when status 404 › should have \"name\" property of \"NotFoundError\"")]
    public void Should_have_name_property_of_NotFoundError() => Assert.Equal("NotFoundError", _error.GetType().Name);

    [Fact(DisplayName = "createError(status) › when status 404 › should have \"status\" property of 404")]
    public void Should_have_status_property_of_404() => Assert.Equal(404, _error.Status);

    [Fact(DisplayName = "createError(status) › when status 404 › should have \"statusCode\" property of 404")]
    public void Should_have_statusCode_property_of_404() => Assert.Equal(404, _error.StatusCode);
}

public class CreateErrorStatusWhenStatusUnknown4xxTests
{
    private readonly HttpError _error = HttpErrors.Create(499);

    [Fact(DisplayName = "createError(status) › when status unknown 4xx › should have \"message\" property of \"Bad Request\"")]
    public void Should_have_message_property_of_Bad_Request() => Assert.Equal("Bad Request", _error.Message);

    [Fact(DisplayName = "createError(status) › when status unknown 4xx › should have \"name\" property of \"BadRequestError\"")]
    public void Should_have_name_property_of_BadRequestError() => Assert.Equal("BadRequestError", _error.GetType().Name);

    [Fact(DisplayName = "createError(status) › when status unknown 4xx › should have \"status\" property with code")]
    public void Should_have_status_property_with_code() => Assert.Equal(499, _error.Status);

    [Fact(DisplayName = "createError(status) › when status unknown 4xx › should have \"statusCode\" property with code")]
    public void Should_have_statusCode_property_with_code() => Assert.Equal(499, _error.StatusCode);
}

public class CreateErrorStatusWhenStatusUnknown5xxTests
{
    private readonly HttpError _error = HttpErrors.Create(599);

    [Fact(DisplayName = "createError(status) › when status unknown 5xx › should have \"message\" property of \"Internal Server Error\"")]
    public void Should_have_message_property_of_Internal_Server_Error() => Assert.Equal("Internal Server Error", _error.Message);

    [Fact(DisplayName = "createError(status) › when status unknown 5xx › should have \"name\" property of \"InternalServerError\"")]
    public void Should_have_name_property_of_InternalServerError() => Assert.Equal("InternalServerError", _error.GetType().Name);

    [Fact(DisplayName = "createError(status) › when status unknown 5xx › should have \"status\" property with code")]
    public void Should_have_status_property_with_code() => Assert.Equal(599, _error.Status);

    [Fact(DisplayName = "createError(status) › when status unknown 5xx › should have \"statusCode\" property with code")]
    public void Should_have_statusCode_property_with_code() => Assert.Equal(599, _error.StatusCode);
}

public class CreateErrorStatusMessageTests
{
    private readonly HttpError _error = HttpErrors.Create(404, "missing");

    [Fact(DisplayName = "createError(status, message) › should create error object")]
    public void Should_create_error_object() => Assert.IsAssignableFrom<Exception>(_error);

    [Fact(DisplayName = "createError(status, message) › should have \"message\" property with message")]
    public void Should_have_message_property_with_message() => Assert.Equal("missing", _error.Message);

    [Fact(DisplayName = "createError(status, message) › should have \"status\" property with status")]
    public void Should_have_status_property_with_status() => Assert.Equal(404, _error.Status);

    [Fact(DisplayName = "createError(status, message) › should have \"statusCode\" property with status")]
    public void Should_have_statusCode_property_with_status() => Assert.Equal(404, _error.StatusCode);
}

// C# has no undefined: both null-valued cases take null.
public class IsHttpErrorWhenValIsUndefinedTests
{
    [Fact(DisplayName = "createError.isHttpError(val) › when val is undefined › should return false")]
    public void Should_return_false() => Assert.False(HttpErrors.IsHttpError(default(Exception)));
}

public class IsHttpErrorWhenValIsNullTests
{
    [Fact(DisplayName = "createError.isHttpError(val) › when val is null › should return false")]
    public void Should_return_false() => Assert.False(HttpErrors.IsHttpError(null));
}

public class IsHttpErrorWhenValIsANumberTests
{
    [Fact(DisplayName = "createError.isHttpError(val) › when val is a number › should return false")]
    public void Should_return_false() => Assert.False(HttpErrors.IsHttpError(42));
}

public class IsHttpErrorWhenValIsAStringTests
{
    [Fact(DisplayName = "createError.isHttpError(val) › when val is a string › should return false")]
    public void Should_return_false() => Assert.False(HttpErrors.IsHttpError("foobar"));
}

public class IsHttpErrorWhenValIsAnEmptyObjectTests
{
    [Fact(DisplayName = "createError.isHttpError(val) › when val is an empty object › should return false")]
    public void Should_return_false()
    {
        Assert.False(HttpErrors.IsHttpError(new object()));
        Assert.False(HttpErrors.IsHttpError(new Dictionary<string, object?>()));
    }
}

public class IsHttpErrorWhenValIsAPlainErrorTests
{
    [Fact(DisplayName = "createError.isHttpError(val) › when val is a plain Error › should return false")]
    public void Should_return_false() => Assert.False(HttpErrors.IsHttpError(new Exception()));
}

public class IsHttpErrorWhenValIsAnInstanceOfHttpErrorTests
{
    [Fact(DisplayName = "createError.isHttpError(val) › when val is an instance of HttpError › should return true")]
    public void Should_return_true()
    {
        var err = HttpErrors.Create(500);

        Assert.IsAssignableFrom<HttpError>(err);
        Assert.True(HttpErrors.IsHttpError(err));
    }
}

public class IsHttpErrorWhenValIsAnErrorPassedToCreateErrorTests
{
    [Fact(DisplayName = "createError.isHttpError(val) › when val is an Error passed to createError › should return true")]
    public void Should_return_true()
    {
        var err = HttpErrors.Create(500, new Exception());

        Assert.False(err is HttpError);
        Assert.True(HttpErrors.IsHttpError(err));
    }
}

public class HttpErrorsUpstreamTests
{
    [Fact(DisplayName = "HTTP Errors › createError(status, props)")]
    public void CreateError_status_props()
    {
        var err = HttpErrors.Create(404, null, Props.Of(("id", 1)));
        Assert.Equal("NotFoundError", err.GetType().Name);
        Assert.Equal("Not Found", err.Message);
        Assert.Equal(404, err.Status);
        Assert.Equal(404, err.StatusCode);
        Assert.Equal(1, err.Properties["id"]);
    }

    [Fact(DisplayName = "HTTP Errors › createError(status, props) with status prop")]
    public void CreateError_status_props_with_status_prop()
    {
        var err = HttpErrors.Create(404, null, Props.Of(("id", 1), ("status", 500)));
        Assert.Equal("NotFoundError", err.GetType().Name);
        Assert.Equal("Not Found", err.Message);
        Assert.Equal(404, err.Status);
        Assert.Equal(404, err.StatusCode);
        Assert.Equal(1, err.Properties["id"]);
        Assert.False(err.Properties.ContainsKey("status"));
    }

    [Fact(DisplayName = "HTTP Errors › createError(status, props) with statusCode prop")]
    public void CreateError_status_props_with_statusCode_prop()
    {
        var err = HttpErrors.Create(404, null, Props.Of(("id", 1), ("statusCode", 500)));
        Assert.Equal("NotFoundError", err.GetType().Name);
        Assert.Equal("Not Found", err.Message);
        Assert.Equal(404, err.Status);
        Assert.Equal(404, err.StatusCode);
        Assert.Equal(1, err.Properties["id"]);
        Assert.False(err.Properties.ContainsKey("statusCode"));
    }

    [Fact(DisplayName = "HTTP Errors › createError(props)")]
    public void CreateError_props()
    {
        var err = Assert.IsType<InternalServerError>(HttpErrors.Create(Props.Of(("id", 1))));
        Assert.Equal("InternalServerError", err.GetType().Name);
        Assert.Equal("Internal Server Error", err.Message);
        Assert.Equal(500, err.Status);
        Assert.Equal(500, err.StatusCode);
        Assert.Equal(1, err.Properties["id"]);
    }

    [Fact(DisplayName = "HTTP Errors › createError(msg, status)")]
    public void CreateError_msg_status()
    {
        var error = Assert.Throws<ArgumentException>(() => HttpErrors.Create("LOL", 404));
        Assert.Matches("argument #2 unsupported type number", error.Message);
    }

    [Fact(DisplayName = "HTTP Errors › createError(msg)")]
    public void CreateError_msg()
    {
        var err = HttpErrors.Create("LOL");
        Assert.Equal("InternalServerError", err.GetType().Name);
        Assert.Equal("LOL", err.Message);
        Assert.Equal(500, err.Status);
        Assert.Equal(500, err.StatusCode);
    }

    [Fact(DisplayName = "HTTP Errors › createError(msg, props)")]
    public void CreateError_msg_props()
    {
        var err = HttpErrors.Create("LOL", Props.Of(("id", 1)));
        Assert.Equal("InternalServerError", err.GetType().Name);
        Assert.Equal("LOL", err.Message);
        Assert.Equal(500, err.Status);
        Assert.Equal(500, err.StatusCode);
        Assert.Equal(1, err.Properties["id"]);
    }

    [Fact(DisplayName = "HTTP Errors › createError(err)")]
    public void CreateError_err()
    {
        var original = new Exception("LOL");
        original.Data["status"] = 404;
        var err = HttpErrors.Create(original);
        Assert.Same(original, err);
        Assert.Equal(typeof(Exception), err.GetType());
        Assert.Equal("LOL", err.Message);
        Assert.Equal(404, err.Data["status"]);
        Assert.Equal(404, err.Data["statusCode"]);
        Assert.Equal(true, err.Data["expose"]);

        original = new Exception("LOL");
        err = HttpErrors.Create(original);
        Assert.Same(original, err);
        Assert.Equal(typeof(Exception), err.GetType());
        Assert.Equal("LOL", err.Message);
        Assert.Equal(500, err.Data["status"]);
        Assert.Equal(500, err.Data["statusCode"]);
        Assert.Equal(false, err.Data["expose"]);

        var created = HttpErrors.Create((object?)null);
        Assert.NotNull(created);
        Assert.Equal("InternalServerError", created.GetType().Name);
        Assert.Equal("Internal Server Error", created.Message);
        Assert.Equal(500, HttpErrors.GetStatus(created));
        Assert.Equal(500, ((HttpError)created).StatusCode);
        Assert.False(HttpErrors.GetExpose(created));
    }

    [Fact(DisplayName = "HTTP Errors › createError(err) with invalid err.status")]
    public void CreateError_err_with_invalid_err_status()
    {
        var original = new Exception("Connection refused");
        original.Data["status"] = -1;
        var err = HttpErrors.Create(original);
        Assert.Same(original, err);
        Assert.Equal(typeof(Exception), err.GetType());
        Assert.Equal("Connection refused", err.Message);
        Assert.Equal(500, err.Data["status"]);
        Assert.Equal(500, err.Data["statusCode"]);
        Assert.Equal(false, err.Data["expose"]);
    }

    [Fact(DisplayName = "HTTP Errors › createError(err, props)")]
    public void CreateError_err_props()
    {
        var original = new Exception("LOL");
        original.Data["status"] = 404;
        var err = HttpErrors.Create(original, Props.Of(("id", 1)));
        Assert.Equal(typeof(Exception), err.GetType());
        Assert.Equal("LOL", err.Message);
        Assert.Equal(404, err.Data["status"]);
        Assert.Equal(404, err.Data["statusCode"]);
        Assert.Equal(1, err.Data["id"]);
        Assert.Equal(true, err.Data["expose"]);
    }

    [Fact(DisplayName = "HTTP Errors › createError(status, err, props)")]
    public void CreateError_status_err_props()
    {
        var original = new Exception("LOL");
        var err = HttpErrors.Create(404, original, Props.Of(("id", 1)));
        Assert.Same(original, err);
        Assert.Equal(typeof(Exception), err.GetType());
        Assert.Equal("LOL", err.Message);
        Assert.Equal(404, err.Data["status"]);
        Assert.Equal(404, err.Data["statusCode"]);
        Assert.Equal(1, err.Data["id"]);
    }

    [Fact(DisplayName = "HTTP Errors › createError(status, msg, props)")]
    public void CreateError_status_msg_props()
    {
        var err = HttpErrors.Create(404, "LOL", Props.Of(("id", 1)));
        Assert.Equal("NotFoundError", err.GetType().Name);
        Assert.Equal("LOL", err.Message);
        Assert.Equal(404, err.Status);
        Assert.Equal(404, err.StatusCode);
        Assert.Equal(1, err.Properties["id"]);
    }

    [Fact(DisplayName = "HTTP Errors › createError(status, msg, { expose: false })")]
    public void CreateError_status_msg_expose_false()
    {
        var err = HttpErrors.Create(404, "LOL", Props.Of(("expose", false)));
        Assert.False(err.Expose);
    }

    // C#: HttpError is abstract, so `new HttpError()` does not compile; reflection gets upstream's refusal.
    [Fact(DisplayName = "HTTP Errors › new createError.HttpError()")]
    public void New_HttpError()
    {
        Assert.True(typeof(HttpError).IsAbstract);
        var error = Assert.ThrowsAny<MemberAccessException>(() => Activator.CreateInstance(typeof(HttpError), nonPublic: true));
        Assert.Contains("abstract", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    // A C# exception has a stack trace once thrown.
    [Fact(DisplayName = "HTTP Errors › new createError.NotFound()")]
    public void New_NotFound()
    {
        var err = new NotFoundError();
        Assert.Equal("NotFoundError", err.GetType().Name);
        Assert.Equal("Not Found", err.Message);
        Assert.Equal(404, err.Status);
        Assert.Equal(404, err.StatusCode);
        Assert.True(err.Expose);
        Assert.NotNull(Thrown(err).StackTrace);
    }

    [Fact(DisplayName = "HTTP Errors › new createError.InternalServerError()")]
    public void New_InternalServerError()
    {
        var err = new InternalServerError();
        Assert.Equal("InternalServerError", err.GetType().Name);
        Assert.Equal("Internal Server Error", err.Message);
        Assert.Equal(500, err.Status);
        Assert.Equal(500, err.StatusCode);
        Assert.False(err.Expose);
        Assert.NotNull(Thrown(err).StackTrace);
    }

    // C#: the error class for a status number is what HttpErrors.Create(status) constructs.
    [Fact(DisplayName = "HTTP Errors › new createError[\"404\"]()")]
    public void New_by_status_number()
    {
        var err = HttpErrors.Create(404);
        Assert.Equal("NotFoundError", err.GetType().Name);
        Assert.Equal("Not Found", err.Message);
        Assert.Equal(404, err.Status);
        Assert.Equal(404, err.StatusCode);
        Assert.True(err.Expose);
        Assert.NotNull(Thrown(err).StackTrace);
    }

    [Fact(DisplayName = "HTTP Errors › should preserve error [[Class]]")]
    public void Should_preserve_error_class()
    {
        Assert.IsAssignableFrom<Exception>(HttpErrors.Create("LOL"));
        Assert.IsAssignableFrom<Exception>(HttpErrors.Create(404));
        Assert.IsAssignableFrom<Exception>(HttpErrors.Create(500));
    }

    [Fact(DisplayName = "HTTP Errors › should support err instanceof Error")]
    public void Should_support_instanceof_Error()
    {
        Assert.IsAssignableFrom<Exception>(HttpErrors.Create(404));
        Assert.IsAssignableFrom<Exception>(new NotFoundError());
        Assert.IsAssignableFrom<Exception>(new InternalServerError());
    }

    [Fact(DisplayName = "HTTP Errors › should support err instanceof exposed constructor")]
    public void Should_support_instanceof_exposed_constructor()
    {
        Assert.IsType<NotFoundError>(HttpErrors.Create(404));
        Assert.IsType<InternalServerError>(HttpErrors.Create(500));
        Assert.IsType<NotFoundError>(new NotFoundError());
        Assert.IsType<InternalServerError>(new InternalServerError());
    }

    [Fact(DisplayName = "HTTP Errors › should support err instanceof HttpError")]
    public void Should_support_instanceof_HttpError()
    {
        Assert.IsAssignableFrom<HttpError>(HttpErrors.Create(404));
        Assert.IsAssignableFrom<HttpError>(new NotFoundError());
        Assert.IsAssignableFrom<HttpError>(new InternalServerError());
    }

    // util.isError: in .NET, "is an error" means it can be thrown and caught as an Exception.
    [Fact(DisplayName = "HTTP Errors › should support util.isError()")]
    public void Should_support_util_isError()
    {
        Assert.IsType<NotFoundError>(Thrown(HttpErrors.Create(404)));
        Assert.IsType<NotFoundError>(Thrown(new NotFoundError()));
        Assert.IsType<InternalServerError>(Thrown(new InternalServerError()));
    }

    // Error.isError: the error survives ExceptionDispatchInfo (rethrow with its identity).
    [Fact(DisplayName = "HTTP Errors › should support Error.isError()")]
    public void Should_support_Error_isError()
    {
        foreach (var err in new Exception[] { HttpErrors.Create(404), new NotFoundError(), new InternalServerError() })
        {
            var caught = Record.Exception(() => ExceptionDispatchInfo.Capture(err).Throw());
            Assert.Same(err, caught);
        }
    }

    private static Exception Thrown(Exception err)
    {
        try
        {
            throw err;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
