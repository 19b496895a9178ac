using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Koa;

/// <summary>
/// JavaScript's <c>==</c> and <c>===</c>, and deep-equal 1.0.1's non-strict <c>deepEqual</c>, over the CLR values that
/// stand for JavaScript ones: <c>null</c>; <c>bool</c>; every numeric type (one "number", compared as doubles);
/// <c>string</c> and <c>char</c>; dictionaries (objects: <see cref="IDictionary"/> or
/// <c>IEnumerable&lt;KeyValuePair&lt;string, object?&gt;&gt;</c>); other <see cref="IEnumerable"/>s (arrays). Any other
/// CLR object is opaque: equal only when <see cref="object.Equals(object?, object?)"/> says so.
/// </summary>
internal static class JsEquality
{
    private enum Kind
    {
        Null,
        Boolean,
        Number,
        String,
        Dictionary,
        Array,
        Opaque,
    }

    /// <summary>JavaScript <c>a === b</c>.</summary>
    public static bool StrictEquals(object? a, object? b)
    {
        var kind = KindOf(a);
        if (kind != KindOf(b)) return false;
        return kind switch
        {
            Kind.Null => true,
            Kind.Boolean => (bool)a! == (bool)b!,
            Kind.Number => Number(a) == Number(b),
            Kind.String => string.Equals(Text(a), Text(b), StringComparison.Ordinal),
            _ => Equals(a, b),
        };
    }

    /// <summary>JavaScript <c>a == b</c> (IsLooselyEqual): numbers, strings and booleans convert; objects meet primitives through ToPrimitive.</summary>
    public static bool LooseEquals(object? a, object? b)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var ka = KindOf(a);
        var kb = KindOf(b);
        if (ka == kb) return StrictEquals(a, b);
        if (ka == Kind.Null || kb == Kind.Null) return false;
        if (ka == Kind.Opaque || kb == Kind.Opaque) return Equals(a, b);
        if (ka == Kind.Number && kb == Kind.String) return Number(a) == JsValue.ToNumber(Text(b));
        if (ka == Kind.String && kb == Kind.Number) return JsValue.ToNumber(Text(a)) == Number(b);
        if (ka == Kind.Boolean) return LooseEquals((bool)a! ? 1d : 0d, b);
        if (kb == Kind.Boolean) return LooseEquals(a, (bool)b! ? 1d : 0d);
        if (IsObject(ka) && !IsObject(kb)) return LooseEquals(ToPrimitive(a!), b);
        if (!IsObject(ka) && IsObject(kb)) return LooseEquals(a, ToPrimitive(b!));
        return false;
    }

    /// <summary>deep-equal 1.0.1 <c>deepEqual(actual, expected)</c> without <c>{ strict: true }</c>.</summary>
    public static bool DeepEquals(object? actual, object? expected)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        // 7.1. All identical values are equivalent, as determined by ===.
        if (StrictEquals(actual, expected)) return true;
        // 7.3. Other pairs that do not both pass typeof value == 'object', equivalence is determined by ==.
        if (!JsValue.IsTruthy(actual) || !JsValue.IsTruthy(expected) || (!IsObject(KindOf(actual)) && !IsObject(KindOf(expected))))
            return LooseEquals(actual, expected);
        // 7.4. For all other Object pairs: same keys, equivalent values.
        return ObjectEquivalent(actual!, expected!);
    }

    private static bool ObjectEquivalent(object a, object b)
    {
        var ka = KindOf(a);
        var kb = KindOf(b);
        // Opaque CLR objects have no enumerable keys we may read: Equals (already false here) decides.
        if (ka == Kind.Opaque || kb == Kind.Opaque) return false;
        // an identical 'prototype' property.
        if (!StrictEquals(Prototype(a), Prototype(b))) return false;
        // Buffers (byte[]) compare element by element, and only with buffers (upstream checks the first argument only).
        if (a is byte[] bufferA)
            return b is byte[] bufferB && bufferA.AsSpan().SequenceEqual(bufferB);

        // Two arrays: the same indices, so the same length and deep-equal items (upstream sorts the index strings first).
        if (ka == Kind.Array && kb == Kind.Array)
        {
            var itemsA = ((IEnumerable)a).Cast<object?>().ToList();
            var itemsB = ((IEnumerable)b).Cast<object?>().ToList();
            if (itemsA.Count != itemsB.Count) return false;
            for (var i = itemsA.Count - 1; i >= 0; i--)
            {
                if (!DeepEquals(itemsA[i], itemsB[i])) return false;
            }
            return true;
        }

        // The same set of keys (upstream compares the two sorted key lists; equal counts plus inclusion is the same
        // test without the sort), then deep-equal values for every key.
        var propertiesA = OwnProperties(a);
        var propertiesB = OwnProperties(b);
        if (propertiesA.Count != propertiesB.Count) return false;
        foreach (var key in propertiesA.Keys)
        {
            if (!propertiesB.ContainsKey(key)) return false;
        }
        foreach (var (key, value) in propertiesA)
        {
            if (!DeepEquals(value, propertiesB[key])) return false;
        }
        return TypeOf(ka) == TypeOf(kb);
    }

    // Object.keys(x) with the values: a dictionary's entries, an array's indices, a string's characters, nothing for a number or boolean.
    private static Dictionary<string, object?> OwnProperties(object value)
    {
        // A dictionary with ordinal string keys already is its own property table.
        if (value is Dictionary<string, object?> own && (own.Comparer == EqualityComparer<string>.Default || own.Comparer == StringComparer.Ordinal))
            return own;
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        switch (KindOf(value))
        {
            case Kind.Dictionary:
                foreach (var (key, item) in Entries(value)) properties[key] = item;
                break;
            case Kind.Array:
                var index = 0;
                foreach (var item in (IEnumerable)value) properties[(index++).ToString(CultureInfo.InvariantCulture)] = item;
                break;
            case Kind.String:
                var text = Text(value);
                for (var i = 0; i < text.Length; i++) properties[i.ToString(CultureInfo.InvariantCulture)] = text[i].ToString();
                break;
        }
        return properties;
    }

    private static IEnumerable<(string Key, object? Value)> Entries(object dictionary)
    {
        if (dictionary is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs) yield return (key, value);
            yield break;
        }
        foreach (DictionaryEntry entry in (IDictionary)dictionary)
            yield return (Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, entry.Value);
    }

    private static object? Prototype(object value)
    {
        if (KindOf(value) != Kind.Dictionary) return null;
        foreach (var (key, item) in Entries(value))
        {
            if (key == "prototype") return item;
        }
        return null;
    }

    // ToPrimitive(object, hint default): an array joins its elements with ',', a plain object is "[object Object]".
    private static string ToPrimitive(object value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (KindOf(value) == Kind.Dictionary) return "[object Object]";
        var parts = new List<string>();
        foreach (var item in (IEnumerable)value)
        {
            parts.Add(KindOf(item) switch
            {
                Kind.Null => "",
                Kind.Boolean => (bool)item! ? "true" : "false",
                Kind.Number => JsValue.ToString(Number(item)),
                Kind.String => Text(item),
                Kind.Dictionary or Kind.Array => ToPrimitive(item!),
                _ => Convert.ToString(item, CultureInfo.InvariantCulture) ?? "",
            });
        }
        return string.Join(',', parts);
    }

    // Exact-type tests first: the interface casts below are the slow ones.
    private static Kind KindOf(object? value) => value switch
    {
        null => Kind.Null,
        bool => Kind.Boolean,
        string or char => Kind.String,
        _ when JsValue.TryGetNumber(value, out _) => Kind.Number,
        IDictionary or IEnumerable<KeyValuePair<string, object?>> => Kind.Dictionary,
        IEnumerable => Kind.Array,
        _ => Kind.Opaque,
    };

    private static bool IsObject(Kind kind) => kind is Kind.Dictionary or Kind.Array or Kind.Opaque;

    private static string TypeOf(Kind kind) => kind switch
    {
        Kind.Boolean => "boolean",
        Kind.Number => "number",
        Kind.String => "string",
        _ => "object",
    };

    private static double Number(object? value)
    {
        JsValue.TryGetNumber(value, out var number);
        return number;
    }

    private static string Text(object? value) => value is char c ? c.ToString() : (string)value!;
}
