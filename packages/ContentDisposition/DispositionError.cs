namespace Koa;

/// <summary>Why a Content-Disposition header could not be parsed; each maps to npm's error text.</summary>
internal enum DispositionError
{
    None,
    Required,
    TypeFormat,
    ParameterFormat,
    DuplicateParameter,
    ExtendedValue,
    UnsupportedCharset,
}

/// <summary>npm content-disposition 1.0.1's error texts.</summary>
internal static class DispositionErrors
{
    public static string Message(DispositionError error) => error switch
    {
        DispositionError.Required => "argument string is required",
        DispositionError.TypeFormat => "invalid type format",
        DispositionError.ParameterFormat => "invalid parameter format",
        DispositionError.DuplicateParameter => "invalid duplicate parameter",
        DispositionError.ExtendedValue => "invalid extended field value",
        _ => "unsupported charset in extended field",
    };
}
