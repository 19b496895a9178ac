using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

using Middleware = Func<object, Func<Task>, Task>;

/// <summary>
/// Replays tests/conformance/koa-compose/programs.json: middleware programs run through npm koa-compose 4.2.0 by
/// generate.js, with the event log and outcome npm produced. Each program is built here from the same operations
/// and run twice through one composed function, so the second run also checks the reused dispatcher.
/// </summary>
public sealed class ConformanceTests
{
    [Fact(DisplayName = "conformance › koa-compose 4.2.0 programs: same event log and outcome, twice over one composition")]
    public async Task Programs_behave_as_npm()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var program in Fixtures.Cases("koa-compose/programs.json"))
        {
            var name = $"#{count++} {program.GetProperty("name").GetString()}";
            var expectedLog = program.GetProperty("log").EnumerateArray().Select(e => e.GetString()!).ToArray();
            var outcome = program.GetProperty("outcome");
            var expectedOutcome = outcome.TryGetProperty("error", out var error) ? "error: " + error.GetString() : "ok";

            var log = new List<string>();
            var composed = MiddlewareComposer.Compose(program.GetProperty("middleware").EnumerateArray().Select(m => Build(m, log)).ToArray());
            var outer = program.GetProperty("outer") is { ValueKind: JsonValueKind.Array } ops ? Outer(Ops(ops), log) : null;
            for (var run = 1; run <= 2; run++)
            {
                log.Clear();
                var actualOutcome = await Outcome(composed(new object(), outer));
                if (actualOutcome != expectedOutcome || !log.SequenceEqual(expectedLog))
                {
                    failures.Add($"{name} (run {run}): expected [{string.Join(", ", expectedLog)}] {expectedOutcome}, " +
                                 $"got [{string.Join(", ", log)}] {actualOutcome}");
                }
            }
        }

        Assert.Equal(600, count);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<string> Outcome(Task chain)
    {
        try
        {
            await chain;
            return "ok";
        }
        catch (Exception e)
        {
            return "error: " + e.Message;
        }
    }

    private static (string Op, string? Arg)[] Ops(JsonElement ops) =>
        ops.EnumerateArray().Select(op => (op[0].GetString()!, op.GetArrayLength() > 1 ? op[1].GetString() : null)).ToArray();

    private static Middleware Build(JsonElement middleware, List<string> log)
    {
        var ops = Ops(middleware.GetProperty("ops"));
        return middleware.GetProperty("kind").GetString() switch
        {
            "async" => Async(ops, log),
            "sync" => Sync(ops, log),
            var kind => throw new InvalidDataException($"unknown middleware kind {kind}"),
        };
    }

    private static Middleware Async((string Op, string? Arg)[] ops, List<string> log) => async (ctx, next) =>
    {
        foreach (var (op, arg) in ops)
        {
            switch (op)
            {
                case "log":
                    log.Add(arg!);
                    break;
                case "next":
                    await next();
                    break;
                case "next-catch":
                    try
                    {
                        await next();
                    }
                    catch (Exception e)
                    {
                        log.Add("caught " + e.Message);
                    }

                    break;
                case "yield":
                    await Task.Yield();
                    break;
                case "throw":
                    throw new InvalidOperationException(arg);
                default:
                    throw new InvalidDataException($"unknown operation {op}");
            }
        }
    };

    private static Middleware Sync((string Op, string? Arg)[] ops, List<string> log) => (ctx, next) =>
    {
        foreach (var (op, arg) in ops)
        {
            switch (op)
            {
                case "log":
                    log.Add(arg!);
                    break;
                case "throw":
                    throw new InvalidOperationException(arg);
                case "return-next":
                    return next();
                default:
                    throw new InvalidDataException($"unknown operation {op}");
            }
        }

        return Task.CompletedTask;
    };

    private static Func<Task> Outer((string Op, string? Arg)[] ops, List<string> log)
    {
        if (ops.All(o => o.Op is "log" or "throw"))
        {
            return () =>
            {
                foreach (var (op, arg) in ops)
                {
                    if (op == "log")
                        log.Add(arg!);
                    else
                        throw new InvalidOperationException(arg);
                }

                return Task.CompletedTask;
            };
        }

        return async () =>
        {
            foreach (var (op, arg) in ops)
            {
                if (op == "log")
                    log.Add(arg!);
                else if (op == "yield")
                    await Task.Yield();
                else
                    throw new InvalidOperationException(arg);
            }
        };
    }
}
