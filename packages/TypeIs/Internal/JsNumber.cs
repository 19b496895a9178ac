namespace Koa;

/// <summary>
/// Whether JavaScript's <c>Number(string)</c> is a number (not NaN) — what type-is's <c>!isNaN(content-length)</c>
/// asks. ECMAScript StringToNumber:
/// <code>
/// StringNumericLiteral  = StrWhiteSpace? ( StrNumericLiteral StrWhiteSpace? )?     ; empty or blank is 0
/// StrNumericLiteral     = NonDecimalIntegerLiteral / StrDecimalLiteral
/// NonDecimalIntegerLiteral = "0" ("x" / "X") 1*HEXDIG / "0" ("o" / "O") 1*%x30-37 / "0" ("b" / "B") 1*%x30-31
/// StrDecimalLiteral     = [ "+" / "-" ] ( "Infinity" / DecimalDigits [ "." *DIGIT ] [ Exponent ] / "." 1*DIGIT [ Exponent ] )
/// Exponent              = ( "e" / "E" ) [ "+" / "-" ] 1*DIGIT
/// </code>
/// White space is JavaScript's (<see cref="JsText.WhiteSpace"/>); numeric separators (<c>1_000</c>) are not allowed.
/// </summary>
internal static class JsNumber
{
    /// <summary>True when <c>Number(value)</c> is not NaN.</summary>
    public static bool IsNumber(ReadOnlySpan<char> value)
    {
        var s = JsText.Trim(value);
        if (s.IsEmpty)
        {
            return true;
        }

        if (s.Length > 2 && s[0] == '0')
        {
            switch (s[1])
            {
                case 'x' or 'X':
                    return !s[2..].ContainsAnyExcept("0123456789abcdefABCDEF");
                case 'o' or 'O':
                    return !s[2..].ContainsAnyExceptInRange('0', '7');
                case 'b' or 'B':
                    return !s[2..].ContainsAnyExceptInRange('0', '1');
            }
        }

        var i = 0;
        if (s[0] is '+' or '-')
        {
            i++;
        }

        if (s[i..].SequenceEqual("Infinity"))
        {
            return true;
        }

        var digits = CountDigits(s, ref i);
        if (i < s.Length && s[i] == '.')
        {
            i++;
            digits += CountDigits(s, ref i);
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            if (CountDigits(s, ref i) == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static int CountDigits(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - start;
    }
}
