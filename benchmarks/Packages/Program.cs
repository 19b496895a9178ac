using BenchmarkDotNet.Running;

// Runs the package micro-benchmarks: dotnet run -c Release --project benchmarks/Packages -- --filter '*Vary*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
