using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Koa.Tests.Shared;

/// <summary>
/// Public-API snapshot: dumps the public surface of an assembly (types, members, signatures with
/// nullability) and compares it with the committed <c>PublicApi.txt</c> next to the calling test.
/// Set <c>KOANET_UPDATE_PUBLIC_API=1</c> to rewrite the snapshot after an intended API change.
/// </summary>
internal static class PublicApi
{
    public static void Verify(Assembly assembly, [CallerFilePath] string callerFile = "")
    {
        var actual = Dump(assembly);
        var directory = Path.GetDirectoryName(callerFile)!;
        var snapshot = Path.Combine(directory, "PublicApi.txt");
        if (Environment.GetEnvironmentVariable("KOANET_UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(snapshot, actual);
            return;
        }

        var expected = File.Exists(snapshot)
            ? File.ReadAllText(snapshot)
            : File.Exists(Path.Combine(AppContext.BaseDirectory, "PublicApi.txt"))
                ? File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PublicApi.txt"))
                : null;
        if (expected is null)
        {
            Assert.Fail($"No PublicApi.txt for {assembly.GetName().Name}; run the tests with KOANET_UPDATE_PUBLIC_API=1 and commit it.");
        }

        if (Normalize(expected!) != Normalize(actual))
        {
            File.WriteAllText(Path.Combine(directory, "PublicApi.received.txt"), actual);
            Assert.Fail($"The public API of {assembly.GetName().Name} changed. Review PublicApi.received.txt, then run with KOANET_UPDATE_PUBLIC_API=1 to accept it.\n" + Diff(expected!, actual));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string Diff(string expected, string actual)
    {
        var e = new HashSet<string>(Normalize(expected).Split('\n'));
        var a = new HashSet<string>(Normalize(actual).Split('\n'));
        var sb = new StringBuilder();
        foreach (var line in e.Where(l => !a.Contains(l))) sb.Append("- ").AppendLine(line);
        foreach (var line in a.Where(l => !e.Contains(l))) sb.Append("+ ").AppendLine(line);
        return sb.ToString();
    }

    public static string Dump(Assembly assembly)
    {
        var nullability = new NullabilityInfoContext();
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(DescribeType(type));
            var members = new List<string>();
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(flags))
            {
                var text = member switch
                {
                    ConstructorInfo c when !type.IsSubclassOf(typeof(Delegate)) => $"{Name(type)}({Parameters(c.GetParameters(), nullability)})",
                    MethodInfo m when !m.IsSpecialName && !type.IsSubclassOf(typeof(Delegate)) => Method(m, nullability),
                    MethodInfo m when m.Name == "Invoke" && type.IsSubclassOf(typeof(Delegate)) => Method(m, nullability),
                    PropertyInfo p => Property(p, nullability),
                    FieldInfo f when !f.IsSpecialName => Field(f, nullability),
                    EventInfo e => $"{(e.AddMethod!.IsStatic ? "static " : "")}event {TypeName(e.EventHandlerType!, null)} {e.Name}",
                    _ => null,
                };
                if (text is not null) members.Add("  " + text);
            }
            members.Sort(StringComparer.Ordinal);
            lines.AddRange(members);
        }
        return string.Join("\n", lines) + "\n";
    }

    private static string DescribeType(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsValueType ? (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct")
            : type.IsInterface ? "interface"
            : type.IsSubclassOf(typeof(Delegate)) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && b != typeof(MulticastDelegate))
            bases.Add(TypeName(b, null));
        foreach (var i in type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => TypeName(i, null)).Order(StringComparer.Ordinal))
            bases.Add(i);
        var name = type.FullName!.Replace('+', '.');
        if (type.IsGenericTypeDefinition) name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(a => a.Name)) + ">";
        return $"{kind} {name}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static string Method(MethodInfo m, NullabilityInfoContext ctx)
    {
        var generic = m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";
        var modifiers = (m.IsStatic ? "static " : "") + (m.IsAbstract && !m.DeclaringType!.IsInterface ? "abstract " : m.IsVirtual && !m.IsFinal && !m.DeclaringType!.IsInterface ? "virtual " : "");
        return $"{modifiers}{TypeName(m.ReturnType, ctx.Create(m.ReturnParameter))} {m.Name}{generic}({Parameters(m.GetParameters(), ctx)})";
    }

    private static string Property(PropertyInfo p, NullabilityInfoContext ctx)
    {
        var accessor = p.GetMethod ?? p.SetMethod!;
        var index = p.GetIndexParameters();
        var name = index.Length > 0 ? $"this[{Parameters(index, ctx)}]" : p.Name;
        var get = p.GetMethod is { IsPublic: true } ? "get; " : "";
        var set = p.SetMethod is { IsPublic: true } ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ") : "";
        return $"{(accessor.IsStatic ? "static " : "")}{TypeName(p.PropertyType, ctx.Create(p))} {name} {{ {get}{set}}}";
    }

    private static string Field(FieldInfo f, NullabilityInfoContext ctx)
    {
        var modifiers = f.IsLiteral ? "const " : (f.IsStatic ? "static " : "") + (f.IsInitOnly ? "readonly " : "");
        var value = f.IsLiteral ? " = " + f.GetRawConstantValue() : "";
        return $"{modifiers}{TypeName(f.FieldType, ctx.Create(f))} {f.Name}{value}";
    }

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext ctx) =>
        string.Join(", ", parameters.Select(p =>
        {
            var prefix = p.IsDefined(typeof(ParamArrayAttribute)) || p.GetCustomAttributes().Any(a => a.GetType().Name == "ParamCollectionAttribute") ? "params "
                : p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : "";
            var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            var suffix = p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : p.DefaultValue is string s ? $"\"{s}\"" : p.DefaultValue is bool bo ? (bo ? "true" : "false") : p.DefaultValue.ToString()) : "";
            return $"{prefix}{TypeName(type, ctx.Create(p))} {p.Name}{suffix}";
        }));

    private static string Name(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;

    private static string TypeName(Type type, NullabilityInfo? info)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return TypeName(underlying, null) + "?";
        string name;
        if (type.IsArray)
        {
            name = TypeName(type.GetElementType()!, info?.ElementType) + "[]";
        }
        else if (type.IsGenericParameter)
        {
            name = type.Name;
        }
        else if (type.IsGenericType)
        {
            var args = type.GetGenericArguments();
            var argInfos = info?.GenericTypeArguments;
            var rendered = args.Select((a, i) => TypeName(a, argInfos is { Length: > 0 } && i < argInfos.Length ? argInfos[i] : null));
            var outer = type.IsNested ? TypeName(type.DeclaringType!, null) + "." : type.Namespace + ".";
            name = outer + Name(type) + "<" + string.Join(", ", rendered) + ">";
        }
        else
        {
            name = Keyword(type) ?? (type.IsNested ? TypeName(type.DeclaringType!, null) + "." + type.Name : type.FullName ?? type.Name);
        }
        if (!type.IsValueType && info is { ReadState: NullabilityState.Nullable }) name += "?";
        return name;
    }

    private static string? Keyword(Type type) => type == typeof(void) ? "void" : type == typeof(object) ? "object" : type == typeof(string) ? "string"
        : type == typeof(bool) ? "bool" : type == typeof(int) ? "int" : type == typeof(long) ? "long" : type == typeof(double) ? "double"
        : type == typeof(byte) ? "byte" : type == typeof(char) ? "char" : type == typeof(uint) ? "uint" : type == typeof(ulong) ? "ulong"
        : type == typeof(short) ? "short" : type == typeof(float) ? "float" : type == typeof(decimal) ? "decimal" : null;
}
