// Ported from path-to-regexp 8.4.2 src/cases.spec.ts (COMPILE_TESTS); generated once from the table, titles as vitest prints them.
using Koa.Tests.Support;

namespace Koa.Tests.Upstream;

public sealed class CompileCases
{
    [Fact(DisplayName = "compile / with undefined \u203a should compile undefined")]
    public void Compile_0_0() => Cases.AssertCompile("/", null, null, "/");

    [Fact(DisplayName = "compile / with undefined \u203a should compile {}")]
    public void Compile_0_1() => Cases.AssertCompile("/", null, new Dictionary<string, object?> {  }, "/");

    [Fact(DisplayName = "compile / with undefined \u203a should compile {\"id\":\"123\"}")]
    public void Compile_0_2() => Cases.AssertCompile("/", null, new Dictionary<string, object?> { ["id"] = "123" }, "/");

    [Fact(DisplayName = "compile /test with undefined \u203a should compile undefined")]
    public void Compile_1_0() => Cases.AssertCompile("/test", null, null, "/test");

    [Fact(DisplayName = "compile /test with undefined \u203a should compile {}")]
    public void Compile_1_1() => Cases.AssertCompile("/test", null, new Dictionary<string, object?> {  }, "/test");

    [Fact(DisplayName = "compile /test with undefined \u203a should compile {\"id\":\"123\"}")]
    public void Compile_1_2() => Cases.AssertCompile("/test", null, new Dictionary<string, object?> { ["id"] = "123" }, "/test");

    [Fact(DisplayName = "compile /test/ with undefined \u203a should compile undefined")]
    public void Compile_2_0() => Cases.AssertCompile("/test/", null, null, "/test/");

    [Fact(DisplayName = "compile /test/ with undefined \u203a should compile {}")]
    public void Compile_2_1() => Cases.AssertCompile("/test/", null, new Dictionary<string, object?> {  }, "/test/");

    [Fact(DisplayName = "compile /test/ with undefined \u203a should compile {\"id\":\"123\"}")]
    public void Compile_2_2() => Cases.AssertCompile("/test/", null, new Dictionary<string, object?> { ["id"] = "123" }, "/test/");

    [Fact(DisplayName = "compile /:\"0\" with undefined \u203a should compile undefined")]
    public void Compile_3_0() => Cases.AssertCompile("/:\"0\"", null, null, null);

    [Fact(DisplayName = "compile /:\"0\" with undefined \u203a should compile {}")]
    public void Compile_3_1() => Cases.AssertCompile("/:\"0\"", null, new Dictionary<string, object?> {  }, null);

    [Fact(DisplayName = "compile /:\"0\" with undefined \u203a should compile {\"0\":\"123\"}")]
    public void Compile_3_2() => Cases.AssertCompile("/:\"0\"", null, new Dictionary<string, object?> { ["0"] = "123" }, "/123");

    [Fact(DisplayName = "compile /:test with undefined \u203a should compile undefined")]
    public void Compile_4_0() => Cases.AssertCompile("/:test", null, null, null);

    [Fact(DisplayName = "compile /:test with undefined \u203a should compile {}")]
    public void Compile_4_1() => Cases.AssertCompile("/:test", null, new Dictionary<string, object?> {  }, null);

    [Fact(DisplayName = "compile /:test with undefined \u203a should compile {\"test\":\"123\"}")]
    public void Compile_4_2() => Cases.AssertCompile("/:test", null, new Dictionary<string, object?> { ["test"] = "123" }, "/123");

    [Fact(DisplayName = "compile /:test with undefined \u203a should compile {\"test\":\"123/xyz\"}")]
    public void Compile_4_3() => Cases.AssertCompile("/:test", null, new Dictionary<string, object?> { ["test"] = "123/xyz" }, "/123%2Fxyz");

    [Fact(DisplayName = "compile /:test with undefined \u203a should compile undefined")]
    public void Compile_5_0() => Cases.AssertCompile("/:test", null, null, null);

    [Fact(DisplayName = "compile /:test with undefined \u203a should compile {}")]
    public void Compile_5_1() => Cases.AssertCompile("/:test", null, new Dictionary<string, object?> {  }, null);

    [Fact(DisplayName = "compile /:test with undefined \u203a should compile {\"test\":\"123\"}")]
    public void Compile_5_2() => Cases.AssertCompile("/:test", null, new Dictionary<string, object?> { ["test"] = "123" }, "/123");

    [Fact(DisplayName = "compile /:test with undefined \u203a should compile {\"test\":\"123/xyz\"}")]
    public void Compile_5_3() => Cases.AssertCompile("/:test", null, new Dictionary<string, object?> { ["test"] = "123/xyz" }, "/123%2Fxyz");

    [Fact(DisplayName = "compile /:test with {\"encode\":false} \u203a should compile undefined")]
    public void Compile_6_0() => Cases.AssertCompile("/:test", new CompileOptions { Encode = null }, null, null);

    [Fact(DisplayName = "compile /:test with {\"encode\":false} \u203a should compile {}")]
    public void Compile_6_1() => Cases.AssertCompile("/:test", new CompileOptions { Encode = null }, new Dictionary<string, object?> {  }, null);

    [Fact(DisplayName = "compile /:test with {\"encode\":false} \u203a should compile {\"test\":\"123\"}")]
    public void Compile_6_2() => Cases.AssertCompile("/:test", new CompileOptions { Encode = null }, new Dictionary<string, object?> { ["test"] = "123" }, "/123");

    [Fact(DisplayName = "compile /:test with {\"encode\":false} \u203a should compile {\"test\":\"123/xyz\"}")]
    public void Compile_6_3() => Cases.AssertCompile("/:test", new CompileOptions { Encode = null }, new Dictionary<string, object?> { ["test"] = "123/xyz" }, "/123/xyz");

    [Fact(DisplayName = "compile /:test with {\"encode\":\"[Function encode]\"} \u203a should compile undefined")]
    public void Compile_7_0() => Cases.AssertCompile("/:test", new CompileOptions { Encode = _ => "static" }, null, null);

    [Fact(DisplayName = "compile /:test with {\"encode\":\"[Function encode]\"} \u203a should compile {}")]
    public void Compile_7_1() => Cases.AssertCompile("/:test", new CompileOptions { Encode = _ => "static" }, new Dictionary<string, object?> {  }, null);

    [Fact(DisplayName = "compile /:test with {\"encode\":\"[Function encode]\"} \u203a should compile {\"test\":\"123\"}")]
    public void Compile_7_2() => Cases.AssertCompile("/:test", new CompileOptions { Encode = _ => "static" }, new Dictionary<string, object?> { ["test"] = "123" }, "/static");

    [Fact(DisplayName = "compile /:test with {\"encode\":\"[Function encode]\"} \u203a should compile {\"test\":\"123/xyz\"}")]
    public void Compile_7_3() => Cases.AssertCompile("/:test", new CompileOptions { Encode = _ => "static" }, new Dictionary<string, object?> { ["test"] = "123/xyz" }, "/static");

    [Fact(DisplayName = "compile {/:test} with {\"encode\":false} \u203a should compile undefined")]
    public void Compile_8_0() => Cases.AssertCompile("{/:test}", new CompileOptions { Encode = null }, null, "");

    [Fact(DisplayName = "compile {/:test} with {\"encode\":false} \u203a should compile {}")]
    public void Compile_8_1() => Cases.AssertCompile("{/:test}", new CompileOptions { Encode = null }, new Dictionary<string, object?> {  }, "");

    [Fact(DisplayName = "compile {/:test} with {\"encode\":false} \u203a should compile {}")]
    public void Compile_8_2() => Cases.AssertCompile("{/:test}", new CompileOptions { Encode = null }, new Dictionary<string, object?> { ["test"] = null }, "");

    [Fact(DisplayName = "compile {/:test} with {\"encode\":false} \u203a should compile {\"test\":\"123\"}")]
    public void Compile_8_3() => Cases.AssertCompile("{/:test}", new CompileOptions { Encode = null }, new Dictionary<string, object?> { ["test"] = "123" }, "/123");

    [Fact(DisplayName = "compile {/:test} with {\"encode\":false} \u203a should compile {\"test\":\"123/xyz\"}")]
    public void Compile_8_4() => Cases.AssertCompile("{/:test}", new CompileOptions { Encode = null }, new Dictionary<string, object?> { ["test"] = "123/xyz" }, "/123/xyz");

    [Fact(DisplayName = "compile /*test with undefined \u203a should compile undefined")]
    public void Compile_9_0() => Cases.AssertCompile("/*test", null, null, null);

    [Fact(DisplayName = "compile /*test with undefined \u203a should compile {}")]
    public void Compile_9_1() => Cases.AssertCompile("/*test", null, new Dictionary<string, object?> {  }, null);

    [Fact(DisplayName = "compile /*test with undefined \u203a should compile {\"test\":[]}")]
    public void Compile_9_2() => Cases.AssertCompile("/*test", null, new Dictionary<string, object?> { ["test"] = new string[] {  } }, null);

    [Fact(DisplayName = "compile /*test with undefined \u203a should compile {\"test\":[\"123\"]}")]
    public void Compile_9_3() => Cases.AssertCompile("/*test", null, new Dictionary<string, object?> { ["test"] = new string[] { "123" } }, "/123");

    [Fact(DisplayName = "compile /*test with undefined \u203a should compile {\"test\":[\"123\",\"xyz\"]}")]
    public void Compile_9_4() => Cases.AssertCompile("/*test", null, new Dictionary<string, object?> { ["test"] = new string[] { "123", "xyz" } }, "/123/xyz");

    [Fact(DisplayName = "compile /*test with {\"encode\":false} \u203a should compile {\"test\":\"123\"}")]
    public void Compile_10_0() => Cases.AssertCompile("/*test", new CompileOptions { Encode = null }, new Dictionary<string, object?> { ["test"] = "123" }, "/123");

    [Fact(DisplayName = "compile /*test with {\"encode\":false} \u203a should compile {\"test\":\"123/xyz\"}")]
    public void Compile_10_1() => Cases.AssertCompile("/*test", new CompileOptions { Encode = null }, new Dictionary<string, object?> { ["test"] = "123/xyz" }, "/123/xyz");

    [Fact(DisplayName = "compile {\"tokens\":[{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"param\",\"name\":\"test\"}]} with undefined \u203a should compile {\"test\":\"123\"}")]
    public void Compile_11_0() => Cases.AssertCompile(new TokenData([new PathText("/"), new PathParameter("test")]), null, new Dictionary<string, object?> { ["test"] = "123" }, "/123");

}
