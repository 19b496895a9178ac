#!/usr/bin/env bash
# Koa for .NET benchmarks: every figure of benchmarks/README.md from one command.
#
#   bash benchmarks/run.sh [--quick] [--only SUITES] [FILTER]
#   (or: dotnet tool restore && dotnet cake --target=Bench, which builds the solution first and runs this)
#
#   --quick      short runs (about 8 minutes instead of about 25): a smoke test of the whole pipeline, not evidence.
#                Also KOANET_BENCH_QUICK=1 (e.g. KOANET_BENCH_QUICK=1 dotnet cake --target=Bench).
#   --only S     comma-separated suites, default all: packages (BenchmarkDotNet + npm, merged table), http (wrk
#                against Node Koa), realistic (the routed JSON API against Koa + @koa/router, Express, Fastify and
#                ASP.NET Core minimal APIs: wrk, h2load, SVG charts), alloc (bytes per request), startup (startup,
#                memory, trimmed and Native AOT).
#   FILTER       case-insensitive regex: package benchmarks whose package name matches (e.g. 'Vary|Compose') and HTTP
#                scenarios whose label matches (e.g. '^hello'); a suite with no match is skipped.
#
# Needs dotnet (global.json), node, npm and openssl; installs wrk, h2load (nghttp2-client) and clang from Debian packages when missing (apt-get, sudo
# when not root) and runs `npm ci` in benchmarks/node. Raw output and logs go to artifacts/bench/ (git-ignored); the
# summaries to benchmarks/results/*.md and the generated sections of benchmarks/README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

quick="${KOANET_BENCH_QUICK:-0}"
suites="packages,http,realistic,alloc,startup"
filter=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --only) suites="$2"; shift ;;
    --only=*) suites="${1#--only=}" ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) filter="$1" ;;
  esac
  shift
done
[ "$quick" = "1" ] && export KOANET_BENCH_QUICK=1
has_suite() { [[ ",$suites," == *",$1,"* ]]; }
out="$root/artifacts/bench"
mkdir -p "$out" benchmarks/results
started=$SECONDS
step() { printf '\n==> [%dm%02ds] %s\n' $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60)) "$*"; }

apt_install() {
  local sudo=""
  [ "$(id -u)" != "0" ] && command -v sudo >/dev/null && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$@" \
    || { $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$@"; }
}

step "tools"
command -v dotnet >/dev/null || { echo "dotnet is required (see global.json)"; exit 1; }
command -v node >/dev/null || { echo "node is required"; exit 1; }
command -v wrk >/dev/null || apt_install wrk
# npm ci again whenever the lock changed since the last install (npm writes node_modules/.package-lock.json).
[ benchmarks/node/node_modules/.package-lock.json -nt benchmarks/node/package-lock.json ] || (cd benchmarks/node && npm ci --no-audit --no-fund)
echo "dotnet $(dotnet --version), node $(node --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

step "build (Release): benchmarks/Packages, benchmarks/HttpServer"
dotnet build -c Release -v q --nologo benchmarks/Packages/KoaNet.Benchmarks.csproj
dotnet build -c Release -v q --nologo benchmarks/HttpServer/HttpServer.csproj

# Package names: benchmarks/Packages/<Name>Benchmarks.cs, filtered.
packages=()
for file in benchmarks/Packages/*Benchmarks.cs; do
  name="$(basename "$file" Benchmarks.cs)"
  if [ -z "$filter" ] || grep -qiE "$filter" <<<"$name"; then packages+=("$name"); fi
done

if has_suite packages && [ ${#packages[@]} -gt 0 ]; then
  step "packages: BenchmarkDotNet (${packages[*]})"
  globs=()
  for name in "${packages[@]}"; do globs+=("*.${name}Benchmarks.*"); done
  if [ "$quick" = "1" ]; then job=(--warmupCount 1 --iterationCount 3 --iterationTime 50); else job=(--warmupCount 2 --iterationCount 5 --iterationTime 150); fi
  rm -rf "$out/bdn"
  # In-process: no per-benchmark project generation and build; the host is the Release build above.
  dotnet benchmarks/Packages/bin/Release/net10.0/KoaNet.Benchmarks.dll --filter "${globs[@]}" --inProcess "${job[@]}" \
    --exporters json --artifacts "$out/bdn" > "$out/bdn.log" 2>&1 || { tail -30 "$out/bdn.log"; exit 1; }
  grep -E "^Run time|executed benchmarks" "$out/bdn.log" | tail -1

  step "packages: npm side (benchmarks/node)"
  : > "$out/npm.jsonl"
  for name in "${packages[@]}"; do
    script="$(node -e "const n=process.argv[1]; console.log(n==='Compose'?'koa-compose':n.replace(/([a-z])([A-Z])/g,'\$1-\$2').toLowerCase())" "$name")"
    [ -f "benchmarks/node/$script.js" ] || { echo "  no benchmarks/node/$script.js for $name"; continue; }
    echo "  $script.js"
    BENCH_SECONDS="$([ "$quick" = "1" ] && echo 0.25 || echo 0.75)" node --expose-gc "benchmarks/node/$script.js" >> "$out/npm.jsonl"
  done

  step "packages: merged table -> benchmarks/results/packages.md"
  node benchmarks/report.js packages "$out/bdn/results" "$out/npm.jsonl" > /dev/null
  tail -2 benchmarks/results/packages.md
fi

if has_suite http; then
  step "http: KoaNet vs Node Koa vs raw Kestrel (wrk) -> benchmarks/results/http.md"
  http_args=(--no-build)
  [ "$quick" = "1" ] && http_args+=(--quick)
  [ -n "$filter" ] && http_args+=(--only "$filter")
  node benchmarks/http/run.js "${http_args[@]}" 2> "$out/http.log" | sed -n '/^| target/,$p'
  grep -h "no scenario matches" "$out/http.log" || true
fi

if has_suite realistic; then
  step "realistic: KoaNet + Router vs Koa + @koa/router, Express 5, Fastify 5, ASP.NET Core (wrk, h2load) -> benchmarks/results/realistic.md, realistic-*.svg"
  realistic_args=(--no-build)
  [ "$quick" = "1" ] && realistic_args+=(--quick)
  [ -n "$filter" ] && realistic_args+=(--only "$filter")
  # Progress (row k of n, time left) on the terminal; the table at the end.
  node benchmarks/http/realistic.js "${realistic_args[@]}" 2> >(tee "$out/realistic.log" >&2) | sed -n '/^| row/,$p'
fi

if has_suite alloc && [ -z "$filter" ]; then
  step "alloc: bytes allocated per request, in-process -> benchmarks/results/alloc.md"
  alloc_args=(--requests 200000)
  [ "$quick" = "1" ] && alloc_args=(--requests 100000 --warmup 2)
  {
    echo "# Bytes allocated per request"
    echo
    echo "Measured $(date -u +%F) with \`KoaNet.Benchmarks.Http alloc\` (benchmarks/HttpServer/AllocationProbe.cs): the scenario on real Kestrel on"
    echo "loopback, a raw-socket client in the same process sending from preallocated buffers (its steady state allocates"
    echo "nothing), \`GC.GetTotalAllocatedBytes(precise: true)\` around the measured requests after the JIT has settled: every"
    echo "byte the server process allocates (Kestrel, KoaNet, the scenario's own code), divided by the requests. Pipelined: 4"
    echo "connections × 16 requests per write; one at a time: 16 connections × 1. \`raw\` is bare ASP.NET Core (\`app.Run\`)."
    echo
    dotnet benchmarks/HttpServer/bin/Release/net10.0/KoaNet.Benchmarks.Http.dll alloc "${alloc_args[@]}" 2> "$out/alloc.log"
  } > benchmarks/results/alloc.md
  sed -n '/^| scenario/,$p' benchmarks/results/alloc.md
fi

if has_suite startup && [ -z "$filter" ]; then
  step "startup: trimmed (self-contained ReadyToRun) and Native AOT publish of benchmarks/Aot"
  case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64|arm64) rid=linux-arm64 ;; *) rid="" ;; esac
  rm -rf "$out/trimmed" "$out/aot"
  if [ -n "$rid" ]; then
    # Separate intermediate folders (--artifacts-path): the RID-specific restore leaves the shared bin/obj alone.
    dotnet publish benchmarks/Aot/Aot.csproj -c Release -r "$rid" --self-contained -p:PublishAot=false -p:PublishTrimmed=true \
      -p:PublishReadyToRun=true --artifacts-path "$out/build" -o "$out/trimmed" > "$out/trimmed-publish.log" 2>&1 \
      && echo "  trimmed: $(du -sh "$out/trimmed" | cut -f1)" || { echo "  trimmed publish failed (artifacts/bench/trimmed-publish.log)"; rm -rf "$out/trimmed"; }
    command -v clang >/dev/null || apt_install clang zlib1g-dev || true
    if dotnet publish benchmarks/Aot/Aot.csproj -c Release -r "$rid" -p:PublishAot=true --artifacts-path "$out/build" -o "$out/aot" > "$out/aot-publish.log" 2>&1; then
      echo "  Native AOT: $(du -h "$out/aot/KoaNet.Benchmarks.Aot" | cut -f1)"
    else
      echo "  Native AOT publish failed:"; grep -oE "error [A-Z]+[0-9]*:.*" "$out/aot-publish.log" | sed 's/ \[.*//' | sort -u | head -3; rm -rf "$out/aot"
    fi
  fi
  step "startup: first response, memory -> benchmarks/results/startup.md"
  node benchmarks/http/startup.js $([ "$quick" = "1" ] && echo --quick) 2> "$out/startup.log" | sed -n '/^| variant/,$p'
fi

step "benchmarks/README.md: generated sections"
node benchmarks/report.js readme
step "done"
