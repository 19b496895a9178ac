using System.Globalization;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// The JavaScript values qs works with, modelled closely enough to reproduce its results: objects keep JavaScript's
/// property order (array-index keys ascending first, then the other keys in insertion order), arrays may be sparse
/// (holes), and the side-channel marks qs keeps (an "overflow" object built from an array past <c>arrayLimit</c>, a
/// "conflict" container from <c>strictMerge</c>) are fields on the object.
/// </summary>
internal sealed class JsObject
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly List<string> _named = [];
    private SortedSet<uint>? _indices;

    /// <summary>qs's overflow mark: the current highest numeric index (null when not an overflow object).</summary>
    public double? OverflowMax;

    /// <summary>qs's strictMerge conflict mark: the current highest numeric index (null when not marked).</summary>
    public double? ConflictMax;

    public int Count => _values.Count;

    public bool Has(string key) => _values.ContainsKey(key);

    public object? Get(string key) => _values.TryGetValue(key, out var v) ? v : JsUndefined.Value;

    public void Set(string key, object? value)
    {
        if (_values.ContainsKey(key))
        {
            _values[key] = value;
            return;
        }
        _values.Add(key, value);
        if (TryArrayIndex(key, out var index)) (_indices ??= []).Add(index);
        else _named.Add(key);
    }

    /// <summary><c>Object.keys</c>: array indices ascending, then the other keys in insertion order.</summary>
    public List<string> Keys()
    {
        var keys = new List<string>(_values.Count);
        if (_indices is not null)
            foreach (var i in _indices) keys.Add(i.ToString(CultureInfo.InvariantCulture));
        keys.AddRange(_named);
        return keys;
    }

    /// <summary>A canonical array index: the decimal form of an integer in [0, 2^32 - 2].</summary>
    public static bool TryArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10) return false;
        if (key.Length > 1 && key[0] == '0') return false;
        ulong v = 0;
        foreach (var c in key)
        {
            if (c < '0' || c > '9') return false;
            v = v * 10 + (uint)(c - '0');
        }
        if (v >= uint.MaxValue) return false;
        index = (uint)v;
        return true;
    }
}

/// <summary>A JavaScript array, possibly sparse: the elements present, by index, and the length.</summary>
internal sealed class JsArray
{
    private readonly SortedList<long, object?> _items = [];

    public long Length;

    public JsArray() { }

    public JsArray(IEnumerable<object?> items)
    {
        foreach (var item in items) Push(item);
    }

    public int ElementCount => _items.Count;

    public bool Has(long index) => _items.ContainsKey(index);

    public object? Get(long index) => _items.TryGetValue(index, out var v) ? v : JsUndefined.Value;

    public void Set(long index, object? value)
    {
        _items[index] = value;
        if (index >= Length) Length = index + 1;
    }

    public void Push(object? value) => Set(Length, value);

    /// <summary>The present elements in index order (what <c>forEach</c> visits).</summary>
    public IList<KeyValuePair<long, object?>> Entries()
    {
        var list = new List<KeyValuePair<long, object?>>(_items.Count);
        foreach (var pair in _items) list.Add(pair);
        return list;
    }

    /// <summary>qs's strictMerge conflict mark (null when not marked).</summary>
    public double? ConflictMax;

    /// <summary>Whether the array is dense (no holes) and holds no <c>undefined</c>.</summary>
    public bool IsDenseWithoutUndefined()
    {
        if (_items.Count != Length) return false;
        foreach (var v in _items.Values) if (v is JsUndefined) return false;
        return true;
    }

    /// <summary>What qs's <c>compact</c> makes of the array: the present, defined elements, in order.</summary>
    public JsArray Dense()
    {
        var result = new JsArray();
        foreach (var v in _items.Values) if (v is not JsUndefined) result.Push(v);
        return result;
    }
}

/// <summary>JavaScript's <c>undefined</c> (distinct from <c>null</c>).</summary>
internal sealed class JsUndefined
{
    public static readonly JsUndefined Value = new();

    private JsUndefined() { }
}

internal static class JsModel
{
    /// <summary>The own properties of <c>Object.prototype</c> (what qs's prototype guard checks).</summary>
    public static bool IsObjectPrototypeKey(string key) => key switch
    {
        "constructor" or "__defineGetter__" or "__defineSetter__" or "hasOwnProperty" or "__lookupGetter__"
            or "__lookupSetter__" or "isPrototypeOf" or "propertyIsEnumerable" or "toString" or "valueOf"
            or "__proto__" or "toLocaleString" => true,
        _ => false,
    };

    public static bool IsObjectLike(object? value) => value is JsObject or JsArray;

    /// <summary>
    /// The parsed model as JSON nodes (a hole becomes null, as <c>JSON.stringify</c> writes it). Iterative, and built
    /// bottom-up: a deep input (an unbounded <c>depth</c>) must neither overflow the stack nor pay System.Text.Json's
    /// parent-chain walk on every attach (which is linear in the depth of the parent).
    /// </summary>
    public static JsonObject ToNode(JsObject root)
    {
        var order = new List<object>();
        var nodes = new Dictionary<object, JsonNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object>();
        stack.Push(root);
        nodes[root] = new JsonObject();
        while (stack.Count > 0)
        {
            var model = stack.Pop();
            order.Add(model);
            foreach (var child in Children(model))
            {
                if (child is JsObject or JsArray && !nodes.ContainsKey(child))
                {
                    nodes[child] = child is JsObject ? new JsonObject() : new JsonArray();
                    stack.Push(child);
                }
            }
        }

        var attached = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var model = order[i];
            if (model is JsObject obj)
            {
                var target = (JsonObject)nodes[obj];
                foreach (var key in obj.Keys()) target[key] = Leaf(obj.Get(key), nodes, attached);
            }
            else
            {
                var array = (JsArray)model;
                var target = (JsonArray)nodes[array];
                for (long j = 0; j < array.Length; j++) target.Add(array.Has(j) ? Leaf(array.Get(j), nodes, attached) : null);
            }
        }
        return (JsonObject)nodes[root];
    }

    private static IEnumerable<object?> Children(object model) => model is JsObject o
        ? o.Keys().Select(o.Get)
        : ((JsArray)model).Entries().Select(e => e.Value);

    private static JsonNode? Leaf(object? value, Dictionary<object, JsonNode> nodes, HashSet<object> attached) => value switch
    {
        JsObject or JsArray => attached.Add(value) ? nodes[value] : nodes[value].DeepClone(),
        null or JsUndefined => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
