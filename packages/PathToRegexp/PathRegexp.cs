using System.Text;

namespace Koa;

/// <summary>
/// The matcher built by <see cref="PathToRegexp.Create(string, PathToRegexpOptions?)"/> (upstream's
/// <c>{ regexp, keys }</c>). It answers exactly what upstream's regular expression <see cref="Source"/> answers,
/// without a regular expression engine: patterns of the usual shapes (static text, <c>:param</c> before a delimiter or
/// at the end, a final <c>*wildcard</c>) are matched by a single forward scan, the others by a Pike VM (a Thompson
/// NFA simulation keeping upstream's leftmost-first priorities). Both are linear in the input length.
/// </summary>
public sealed class PathRegexp
{
    private readonly PathKey[] _keys;
    private readonly Simple[]? _simple; // one per alternative, when every alternative is deterministic
    private readonly Inst[] _program;
    private readonly bool _sensitive;
    private readonly bool _end;
    private readonly bool _trailing;
    private readonly string _delimiter;
    private readonly string _delimiterCanon;

    private PathRegexp(PathKey[] keys, string source, Simple[]? simple, Inst[] program, PathToRegexpOptions options)
    {
        _keys = keys;
        Source = source;
        _simple = simple;
        _program = program;
        _sensitive = options.Sensitive;
        _end = options.End;
        _trailing = options.Trailing;
        _delimiter = options.Delimiter;
        _delimiterCanon = CanonString(options.Delimiter, options.Sensitive);
    }

    /// <summary>The keys (parameters and wildcards) in capture order.</summary>
    public IReadOnlyList<PathKey> Keys => _keys;

    /// <summary>The JavaScript regular expression source upstream builds (for reference and diagnostics; it is not
    /// executed).</summary>
    public string Source { get; }

    /// <summary>The flags upstream gives the regular expression: <c>"i"</c> unless case-sensitive.</summary>
    public string Flags => _sensitive ? "" : "i";

    /// <summary>Whether the input matches (upstream's <c>regexp.test(input)</c>). Allocates nothing.</summary>
    /// <param name="input">The path.</param>
    /// <returns><c>true</c> when it matches.</returns>
    public bool IsMatch(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_simple is not null)
        {
            Span<int> none = stackalloc int[_keys.Length * 2];
            return RunSimple(input, none) >= 0;
        }
        return RunVm(input, [], captures: false) >= 0;
    }

    /// <summary>Matches and writes the captures: <paramref name="slots"/>[2k] and [2k+1] get the start and end of key
    /// k's capture, or -1 when the key did not take part.</summary>
    /// <param name="input">The path.</param>
    /// <param name="slots">At least <c>2 × Keys.Count</c> items.</param>
    /// <returns>The length of the match (upstream's <c>m[0].length</c>), or -1 when the input does not match.</returns>
    public int Match(string input, Span<int> slots)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (slots.Length < _keys.Length * 2)
            throw new ArgumentException("slots must hold 2 items per key", nameof(slots));
        slots = slots[..(_keys.Length * 2)];
        if (_simple is not null)
            return RunSimple(input, slots);
        return RunVm(input, slots, captures: true);
    }

    /// <summary>Upstream's <c>regexp.exec(input)</c>: the match at [0] and each key's capture (or <c>null</c>), or
    /// <c>null</c> when the input does not match.</summary>
    /// <param name="input">The path.</param>
    /// <returns>The captures.</returns>
    public string?[]? Exec(string input)
    {
        var slots = _keys.Length <= 64 ? stackalloc int[_keys.Length * 2] : new int[_keys.Length * 2];
        var end = Match(input, slots);
        if (end < 0)
            return null;
        var result = new string?[_keys.Length + 1];
        result[0] = input[..end];
        for (var k = 0; k < _keys.Length; k++)
        {
            if (slots[2 * k] >= 0)
                result[k + 1] = input[slots[2 * k]..slots[2 * k + 1]];
        }
        return result;
    }

    // ================================================================ building

    private enum NodeKind { Text, Param, ParamOrText, Wildcard, WildcardOr }

    private sealed record Atom(string[] Prefixes, string Chars);

    private sealed record Node(NodeKind Kind, string Text, int Key, Atom? A, Atom? B);

    internal static PathRegexp Build(IEnumerable<PathPattern> paths, PathToRegexpOptions options)
    {
        var delimiter = options.Delimiter ?? "/";
        var keys = new List<PathKey>();
        var alternatives = new List<List<Node>>();
        var source = new StringBuilder();
        var combinations = 0;
        foreach (var p in paths)
        {
            var data = p.Data ?? PathToRegexp.ParseCore(p.Path ?? throw new ArgumentNullException(nameof(paths)), options.EncodePath);
            Flatten(data.Tokens, 0, [], seq =>
            {
                if (combinations >= 256)
                    throw new PathError("Too many path combinations", data.OriginalPath);
                if (combinations > 0)
                    source.Append('|');
                var nodes = new List<Node>();
                source.Append(ToSource(seq, delimiter, keys, data.OriginalPath, nodes));
                alternatives.Add(nodes);
                combinations++;
            });
        }
        var pattern = new StringBuilder("^(?:").Append(source).Append(')');
        if (options.Trailing)
            pattern.Append("(?:").Append(Escape(delimiter)).Append("$)?");
        pattern.Append(options.End ? "$" : "(?=" + Escape(delimiter) + "|$)");

        var simple = TrySimple(alternatives, delimiter, options.Sensitive);
        var program = Compile(alternatives, options, keys.Count);
        return new PathRegexp([.. keys], pattern.ToString(), simple, program, options);
    }

    private static void Flatten(IReadOnlyList<PathToken> tokens, int index, List<PathToken> result, Action<List<PathToken>> callback)
    {
        while (index < tokens.Count)
        {
            var token = tokens[index++];
            if (token is PathGroup group)
            {
                var len = result.Count;
                var next = index;
                Flatten(group.Tokens, 0, result, seq => Flatten(tokens, next, seq, callback));
                result.RemoveRange(len, result.Count - len);
                continue;
            }
            result.Add(token);
        }
        callback(result);
    }

    private static string ToSource(List<PathToken> tokens, string delimiter, List<PathKey> keys, string? originalPath, List<Node> nodes)
    {
        var result = new StringBuilder();
        var backtrack = "";
        var wildcardBacktrack = "";
        var prevCaptureType = 0;
        var hasSegmentCapture = 0;
        var index = 0;

        bool HasInSegment(int i, string type)
        {
            while (i < tokens.Count)
            {
                var token = tokens[i++];
                if (token.Type == type)
                    return true;
                if (token is PathText t && t.Value.Contains(delimiter, StringComparison.Ordinal))
                    break;
            }
            return false;
        }

        string PeekText(int i)
        {
            var text = "";
            while (i < tokens.Count && tokens[i] is PathText t)
            {
                text += t.Value;
                i++;
            }
            return text;
        }

        while (index < tokens.Count)
        {
            var token = tokens[index++];
            if (token is PathText text)
            {
                result.Append(Escape(text.Value));
                nodes.Add(new Node(NodeKind.Text, text.Value, -1, null, null));
                backtrack += text.Value;
                if (prevCaptureType == 2)
                    wildcardBacktrack += text.Value;
                if (text.Value.Contains(delimiter, StringComparison.Ordinal))
                    hasSegmentCapture = 0;
                continue;
            }
            if (token is PathParameter or PathWildcard)
            {
                var key = (PathKey)token;
                if (prevCaptureType != 0 && backtrack.Length == 0)
                    throw new PathError($"Missing text before \"{key.Name}\" {key.Type}", originalPath);
                var k = keys.Count;
                if (key is PathParameter)
                {
                    if ((hasSegmentCapture & 2) != 0)
                        Add(NodeKind.Param, Negate(delimiter, backtrack), null, "");
                    else if (HasInSegment(index, "wildcard"))
                        Add(NodeKind.Param, Negate(delimiter, PeekText(index)), null, "");
                    else if ((hasSegmentCapture & 1) != 0)
                        Add(NodeKind.ParamOrText, Negate(delimiter, backtrack), null, backtrack);
                    else
                        Add(NodeKind.Param, Negate(delimiter, ""), null, "");
                    hasSegmentCapture |= prevCaptureType = 1;
                }
                else
                {
                    if ((hasSegmentCapture & 2) != 0)
                        Add(NodeKind.Wildcard, Negate(backtrack, ""), null, "");
                    else if (wildcardBacktrack.Length > 0)
                        Add(NodeKind.WildcardOr, Negate(wildcardBacktrack, ""), Negate(delimiter, ""), "");
                    else
                        Add(NodeKind.Wildcard, new Atom([], ""), null, "");
                    wildcardBacktrack = "";
                    hasSegmentCapture |= prevCaptureType = 2;
                }
                keys.Add(key);
                backtrack = "";

                void Add(NodeKind kind, Atom a, Atom? b, string orText)
                {
                    nodes.Add(new Node(kind, orText, k, a, b));
                    result.Append('(').Append(AtomSource(a)).Append('+');
                    if (b is not null)
                        result.Append('|').Append(AtomSource(b)).Append('+');
                    if (kind == NodeKind.ParamOrText)
                        result.Append('|').Append(Escape(orText));
                    result.Append(')');
                }
                continue;
            }
            throw new ArgumentException($"Unknown token type: {token.Type}");
        }
        return result.ToString();
    }

    // Upstream's negate(a, b): one character not starting `a` or `b`.
    private static Atom Negate(string a, string b)
    {
        if (b.Length > a.Length)
            (a, b) = (b, a);
        if (a == b)
            b = "";
        if (b.Length > 1)
            return new Atom([a, b], "");
        if (a.Length > 1)
            return new Atom([a], b);
        return new Atom([], a + b);
    }

    private static string AtomSource(Atom atom)
    {
        if (atom.Prefixes.Length == 2)
            return $"(?:(?!{Escape(atom.Prefixes[0])}|{Escape(atom.Prefixes[1])})[^])";
        if (atom.Prefixes.Length == 1)
            return $"(?:(?!{Escape(atom.Prefixes[0])})[^{Escape(atom.Chars)}])";
        return $"[^{Escape(atom.Chars)}]";
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '.' or '+' or '*' or '?' or '^' or '$' or '{' or '}' or '(' or ')' or '[' or ']' or '|' or '/' or '\\')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    // ================================================================ canonical characters

    // JavaScript's Canonicalize for /i without /u: toUpperCase, kept only when it is one code unit and does not map
    // a non-ASCII character to ASCII.
    internal static char Canon(char c)
    {
        if (c < 128)
            return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        var u = char.ToUpperInvariant(c);
        return u < 128 ? c : u;
    }

    private static string CanonString(string s, bool sensitive)
    {
        if (sensitive)
            return s;
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
                span[i] = Canon(src[i]);
        });
    }

    private bool StartsWithAt(string input, int pos, string canonical)
    {
        if (pos + canonical.Length > input.Length)
            return false;
        if (_sensitive)
            return string.CompareOrdinal(input, pos, canonical, 0, canonical.Length) == 0;
        for (var i = 0; i < canonical.Length; i++)
        {
            if (Canon(input[pos + i]) != canonical[i])
                return false;
        }
        return true;
    }

    // ================================================================ the deterministic scanner

    private enum SimpleKind { Text, Segment, Rest }

    private readonly record struct SimpleStep(SimpleKind Kind, string Text, int Key);

    private sealed record Simple(SimpleStep[] Steps);

    // Every alternative deterministic: text; a `[^D]+` param followed by text starting with D (or last); `[^]+` last.
    private static Simple[]? TrySimple(List<List<Node>> alternatives, string delimiter, bool sensitive)
    {
        if (delimiter.Length != 1)
            return null;
        var result = new Simple[alternatives.Count];
        for (var a = 0; a < alternatives.Count; a++)
        {
            var nodes = alternatives[a];
            var steps = new List<SimpleStep>();
            for (var i = 0; i < nodes.Count; i++)
            {
                var n = nodes[i];
                var last = i == nodes.Count - 1;
                switch (n.Kind)
                {
                    case NodeKind.Text:
                        if (steps.Count > 0 && steps[^1].Kind == SimpleKind.Text)
                            steps[^1] = steps[^1] with { Text = steps[^1].Text + CanonString(n.Text, sensitive) };
                        else
                            steps.Add(new SimpleStep(SimpleKind.Text, CanonString(n.Text, sensitive), -1));
                        break;
                    case NodeKind.Param when n.A!.Prefixes.Length == 0 && n.A.Chars == delimiter:
                        if (!last && !(nodes[i + 1].Kind == NodeKind.Text && nodes[i + 1].Text.StartsWith(delimiter, StringComparison.Ordinal)))
                            return null;
                        steps.Add(new SimpleStep(SimpleKind.Segment, "", n.Key));
                        break;
                    case NodeKind.Wildcard when last && n.A!.Prefixes.Length == 0 && n.A.Chars.Length == 0:
                        steps.Add(new SimpleStep(SimpleKind.Rest, "", n.Key));
                        break;
                    default:
                        return null;
                }
            }
            result[a] = new Simple([.. steps]);
        }
        return result;
    }

    private int RunSimple(string input, Span<int> slots)
    {
        var d = _delimiter[0];
        foreach (var alt in _simple!)
        {
            slots.Fill(-1);
            var pos = 0;
            var ok = true;
            foreach (var step in alt.Steps)
            {
                switch (step.Kind)
                {
                    case SimpleKind.Text:
                        ok = StartsWithAt(input, pos, step.Text);
                        pos += step.Text.Length;
                        break;
                    case SimpleKind.Segment:
                        {
                            var start = pos;
                            var stop = input.IndexOf(d, pos);
                            if (!_sensitive && stop < 0)
                            {
                                // Canonical comparison: a character whose canonical form is the delimiter also stops.
                                stop = IndexOfCanon(input, pos, d);
                            }
                            else if (!_sensitive)
                            {
                                var c2 = IndexOfCanon(input, pos, d);
                                if (c2 >= 0 && c2 < stop)
                                    stop = c2;
                            }
                            if (stop < 0)
                                stop = input.Length;
                            ok = stop > start;
                            slots[2 * step.Key] = start;
                            slots[2 * step.Key + 1] = stop;
                            pos = stop;
                            break;
                        }
                    default:
                        ok = pos < input.Length;
                        slots[2 * step.Key] = pos;
                        slots[2 * step.Key + 1] = input.Length;
                        pos = input.Length;
                        break;
                }
                if (!ok)
                    break;
            }
            if (!ok)
                continue;
            var end = Tail(input, pos);
            if (end >= 0)
                return end;
        }
        slots.Fill(-1);
        return -1;
    }

    private int IndexOfCanon(string input, int from, char d)
    {
        if (d >= 128 || char.IsAsciiLetter(d))
        {
            for (var i = from; i < input.Length; i++)
            {
                if (Canon(input[i]) == Canon(d))
                    return i;
            }
            return -1;
        }
        return input.IndexOf(d, from);
    }

    // `(?:D$)?` then `$` or `(?=D|$)`, at pos.
    private int Tail(string input, int pos)
    {
        if (pos == input.Length)
            return pos;
        if (_trailing && pos + _delimiterCanon.Length == input.Length && StartsWithAt(input, pos, _delimiterCanon))
            return input.Length;
        if (!_end && StartsWithAt(input, pos, _delimiterCanon))
            return pos;
        return -1;
    }

    // ================================================================ the Pike VM

    private enum Op : byte { Char, Atom, Split, Jmp, Save, Tail, Match }

    private readonly record struct Inst(Op Op, int X, int Y, char C, string[]? Prefixes, string? Chars);

    private static Inst[] Compile(List<List<Node>> alternatives, PathToRegexpOptions options, int keyCount)
    {
        var prog = new List<Inst>();
        var sensitive = options.Sensitive;
        var jumpsToTail = new List<int>();
        for (var a = 0; a < alternatives.Count; a++)
        {
            var splitAt = -1;
            if (a < alternatives.Count - 1)
            {
                splitAt = prog.Count;
                prog.Add(default); // Split(next instruction, next alternative)
            }
            foreach (var n in alternatives[a])
            {
                switch (n.Kind)
                {
                    case NodeKind.Text:
                        EmitText(n.Text);
                        break;
                    case NodeKind.Param:
                    case NodeKind.Wildcard:
                        prog.Add(new Inst(Op.Save, 2 * n.Key, 0, '\0', null, null));
                        EmitPlus(n.A!);
                        prog.Add(new Inst(Op.Save, 2 * n.Key + 1, 0, '\0', null, null));
                        break;
                    case NodeKind.ParamOrText:
                    case NodeKind.WildcardOr:
                        {
                            prog.Add(new Inst(Op.Save, 2 * n.Key, 0, '\0', null, null));
                            var split = prog.Count;
                            prog.Add(default);
                            EmitPlus(n.A!);
                            var jmp = prog.Count;
                            prog.Add(default);
                            var second = prog.Count;
                            if (n.Kind == NodeKind.WildcardOr)
                                EmitPlus(n.B!);
                            else
                                EmitText(n.Text);
                            prog[split] = new Inst(Op.Split, split + 1, second, '\0', null, null);
                            prog[jmp] = new Inst(Op.Jmp, prog.Count, 0, '\0', null, null);
                            prog.Add(new Inst(Op.Save, 2 * n.Key + 1, 0, '\0', null, null));
                            break;
                        }
                }
            }
            jumpsToTail.Add(prog.Count);
            prog.Add(default); // Jmp(tail)
            if (splitAt >= 0)
                prog[splitAt] = new Inst(Op.Split, splitAt + 1, prog.Count, '\0', null, null);
        }
        var tail = prog.Count;
        foreach (var j in jumpsToTail)
            prog[j] = new Inst(Op.Jmp, tail, 0, '\0', null, null);
        // Tail: (?:D$)? then $ or (?=D|$); X = 1 when the optional trailing delimiter is taken.
        if (options.Trailing)
        {
            prog.Add(new Inst(Op.Split, tail + 1, tail + 2 + options.Delimiter.Length + 1, '\0', null, null));
            prog.Add(new Inst(Op.Jmp, tail + 2, 0, '\0', null, null));
            EmitText(options.Delimiter);
            prog.Add(new Inst(Op.Tail, 1, 0, '\0', null, null)); // $
        }
        prog.Add(new Inst(Op.Tail, options.End ? 1 : 2, 0, '\0', null, null));
        prog.Add(new Inst(Op.Match, 0, 0, '\0', null, null));
        return [.. prog];

        void EmitText(string text)
        {
            foreach (var c in text)
                prog.Add(new Inst(Op.Char, 0, 0, sensitive ? c : Canon(c), null, null));
        }

        void EmitPlus(Atom atom)
        {
            var start = prog.Count;
            var prefixes = atom.Prefixes.Select(p => CanonString(p, sensitive)).ToArray();
            prog.Add(new Inst(Op.Atom, 0, 0, '\0', prefixes, CanonString(atom.Chars, sensitive)));
            prog.Add(new Inst(Op.Split, start, prog.Count + 1, '\0', null, null));
        }
    }

    // The threads of one step: a sparse set of program counters (each added once per step) and, per thread, a row of
    // capture slots in one flat array (no per-thread allocation; a Save updates a scratch row in place and is undone
    // when the closure backtracks, as the regex crate's PikeVM does).
    private sealed class ThreadList(int size, int slotCount)
    {
        public readonly int[] Dense = new int[size];
        public readonly int[] Sparse = new int[size];
        public readonly int[] Slots = new int[size * slotCount];
        public int Count;

        public bool Contains(int pc)
        {
            var i = Sparse[pc];
            return i < Count && Dense[i] == pc;
        }

        public int Add(int pc)
        {
            Sparse[pc] = Count;
            Dense[Count] = pc;
            return Count++;
        }
    }

    private bool AtomAccepts(in Inst inst, string input, int pos)
    {
        var c = _sensitive ? input[pos] : Canon(input[pos]);
        if (inst.Chars!.Contains(c))
            return false;
        foreach (var p in inst.Prefixes!)
        {
            if (StartsWithAt(input, pos, p))
                return false;
        }
        return true;
    }

    // Runs the program; returns the match end or -1. With captures, caps receives the winning thread's slots. Cost:
    // O(input × program × slots), with a fixed number of allocations whatever the input's length.
    private int RunVm(string input, Span<int> caps, bool captures)
    {
        var n = _program.Length;
        var slotCount = captures ? _keys.Length * 2 : 0;
        var clist = new ThreadList(n, slotCount);
        var nlist = new ThreadList(n, slotCount);
        // The closure's stack, two ints a frame: (pc, -1) explores pc; (slot, value) puts a capture slot back to its
        // value before a Save. Each instruction is added once per closure and pushes at most three frames.
        var stack = new int[(3 * n + 1) * 2];
        var scratch = new int[slotCount];
        Array.Fill(scratch, -1);
        var matchEnd = -1;
        AddThread(clist, 0, 0);
        for (var pos = 0; ; pos++)
        {
            if (clist.Count == 0)
                break;
            nlist.Count = 0;
            for (var i = 0; i < clist.Count; i++)
            {
                var pc = clist.Dense[i];
                ref readonly var inst = ref _program[pc];
                if (inst.Op == Op.Match)
                {
                    matchEnd = pos;
                    clist.Slots.AsSpan(i * slotCount, slotCount).CopyTo(caps);
                    break; // lower-priority threads are cut
                }
                if (pos >= input.Length)
                    continue;
                if (inst.Op == Op.Char)
                {
                    var c = _sensitive ? input[pos] : Canon(input[pos]);
                    if (c != inst.C)
                        continue;
                }
                else if (inst.Op != Op.Atom || !AtomAccepts(inst, input, pos))
                {
                    continue;
                }
                clist.Slots.AsSpan(i * slotCount, slotCount).CopyTo(scratch);
                AddThread(nlist, pc + 1, pos + 1);
            }
            if (pos >= input.Length)
                break;
            (clist, nlist) = (nlist, clist);
        }
        return matchEnd;

        // Adds the closure of pc0 to list, with the captures in scratch (left as they were on return).
        void AddThread(ThreadList list, int pc0, int pos)
        {
            var top = 0;
            Push(pc0, -1);
            while (top > 0)
            {
                top -= 2;
                var a = stack[top];
                var b = stack[top + 1];
                if (a < 0)
                {
                    scratch[~a] = b;
                    continue;
                }
                var pc = a;
                if (list.Contains(pc))
                    continue;
                var index = list.Add(pc);
                ref readonly var inst = ref _program[pc];
                switch (inst.Op)
                {
                    case Op.Jmp:
                        Push(inst.X, -1);
                        break;
                    case Op.Split:
                        Push(inst.Y, -1);
                        Push(inst.X, -1);
                        break;
                    case Op.Save:
                        if (slotCount > 0)
                        {
                            Push(~inst.X, scratch[inst.X]);
                            scratch[inst.X] = pos;
                        }
                        Push(pc + 1, -1);
                        break;
                    case Op.Tail:
                        if (pos == input.Length || (inst.X == 2 && StartsWithAt(input, pos, _delimiterCanon)))
                            Push(pc + 1, -1);
                        break;
                    default: // Char, Atom, Match: a thread of the step
                        scratch.CopyTo(list.Slots, index * slotCount);
                        break;
                }
            }

            void Push(int x, int y)
            {
                stack[top] = x;
                stack[top + 1] = y;
                top += 2;
            }
        }
    }
}
