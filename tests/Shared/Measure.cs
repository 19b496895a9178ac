using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Koa.Tests.Shared;

/// <summary>
/// The measuring helpers of every test project: exact allocation counts for the "allocates nothing" claims, and the
/// CPU-time bound of the hostile-input tests. The bound is the CPU time of the calling thread (the machine is shared
/// and the tests run in parallel: wall-clock time, or the whole process's CPU time, would measure the neighbours).
/// A quadratic scan of 100 KB takes minutes; the linear ones take milliseconds, well under the bound even in a Debug
/// build under coverage.
/// </summary>
internal static class Measure
{
    /// <summary>The generous CPU-time bound for one call on a 100 KB input.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    /// <summary>Bytes allocated per call of <paramref name="call"/>, after a warm-up (tiering, pools).</summary>
    public static long AllocatedPerCall(Func<object?> call, int iterations = 1_000)
    {
        for (var i = 0; i < 100; i++) call();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++) call();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
    }

    /// <summary>Bytes allocated on the current thread by one run of <paramref name="action"/> (no warm-up).</summary>
    public static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Runs <paramref name="action"/> and asserts it used less than <paramref name="bound"/> (default
    /// <see cref="Bound"/>) of the calling thread's CPU time.</summary>
    public static void WithinCpuBound(Action action, string? label = null, TimeSpan? bound = null)
    {
        var limit = bound ?? Bound;
        var used = CpuTime(action);
        Assert.True(used < limit, $"{label ?? "call"}: {used.TotalMilliseconds:F0} ms of CPU time (bound {limit.TotalMilliseconds:F0} ms)");
    }

    /// <summary>A stopwatch over the calling thread's CPU time (for the hostile-input bounds, in place of <see cref="Stopwatch"/>).</summary>
    public static CpuClock StartCpuClock() => new(ThreadCpuTime());

    /// <summary>The CPU time the calling thread spent in <paramref name="action"/>.</summary>
    public static TimeSpan CpuTime(Action action)
    {
        var start = ThreadCpuTime();
        action();
        return ThreadCpuTime() - start;
    }

    /// <summary>The calling thread's CPU time so far (the process's on a platform without a per-thread clock).</summary>
    public static TimeSpan ThreadCpuTime()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            var clock = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : 14; // CLOCK_THREAD_CPUTIME_ID
            if (clock_gettime(clock, out var ts) == 0) return TimeSpan.FromTicks(ts.Seconds * TimeSpan.TicksPerSecond + ts.Nanoseconds / 100);
        }
        else if (OperatingSystem.IsWindows() && GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user))
        {
            return TimeSpan.FromTicks(kernel + user);
        }
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The calling thread's CPU time since <see cref="StartCpuClock"/> (read it on the same thread).</summary>
    internal sealed class CpuClock(TimeSpan start)
    {
        private TimeSpan? _stopped;

        /// <summary>CPU time so far, or until <see cref="Stop"/>.</summary>
        public TimeSpan Elapsed => _stopped ?? ThreadCpuTime() - start;

        /// <summary>Freezes <see cref="Elapsed"/>.</summary>
        public void Stop() => _stopped ??= ThreadCpuTime() - start;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [DllImport("kernel32")]
    private static extern IntPtr GetCurrentThread();

    [DllImport("kernel32")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetThreadTimes(IntPtr thread, out long creation, out long exit, out long kernel, out long user);
}
