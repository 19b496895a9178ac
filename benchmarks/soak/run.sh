#!/usr/bin/env bash
# Soak test: the KoaNet app of this folder under ~1,000 connections from wrk on loopback, over a mixed route set
# (mixed.lua). Reports requests, socket errors, 5xx, and the server's RSS over the run; exits non-zero when a target
# is missed (no socket errors, no unexpected 5xx, RSS drift under 10%). Bounded: warm-up + run ≤ 60 s (build aside).
#   benchmarks/soak/run.sh                         # defaults below
#   CONNECTIONS=1000 DURATION=40 WARMUP=15 benchmarks/soak/run.sh
set -euo pipefail
cd "$(dirname "$0")"

CONNECTIONS=${CONNECTIONS:-1000}
DURATION=${DURATION:-40}
# The warm-up runs at full concurrency until the heap and Kestrel's buffer pool have grown to their working size,
# so that "start" is the steady state and the drift measures what the run itself adds.
WARMUP=${WARMUP:-15}
THREADS=${THREADS:-2}
if (( WARMUP + DURATION > 58 )); then echo "WARMUP + DURATION must stay under 60 s" >&2; exit 2; fi

if ! command -v wrk >/dev/null; then
  echo "installing wrk from Debian" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi

# Every connection is a file descriptor on both sides; keep room above the connection count.
need=$(( CONNECTIONS * 2 + 256 ))
if (( $(ulimit -n) < need )); then ulimit -n "$(( $(ulimit -Hn) < need ? $(ulimit -Hn) : need ))"; fi
echo "fd limit $(ulimit -n), $CONNECTIONS connections, $THREADS wrk threads, warm-up ${WARMUP}s, run ${DURATION}s"

out=$(mktemp -d)
dotnet build -c Release -o "$out/app" Soak.csproj -nologo -v q >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }

dotnet "$out/app/KoaNet.Soak.dll" >"$out/server.log" 2>"$out/server.err" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do grep -q '^listening ' "$out/server.log" 2>/dev/null && break; sleep 0.1; done
port=$(awk '/^listening /{print $2}' "$out/server.log")
[[ -n "$port" ]] || { echo "server did not start"; cat "$out/server.err"; exit 1; }
url="http://127.0.0.1:$port"

rss() { awk '/^VmRSS/{print $2}' "/proc/$pid/status"; }
fds() { ls "/proc/$pid/fd" | wc -l; }

echo "rss at launch: $(( $(rss) / 1024 )) MB"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s mixed.lua "$url" >"$out/warmup.txt"
rss_start=$(rss)
echo "rss after warm-up (start): $(( rss_start / 1024 )) MB, open fds $(fds)"

# Sample the server's RSS every 5 s while wrk runs.
SECONDS=0
( while sleep 5; do echo "  t+${SECONDS}s rss $(( $(rss) / 1024 )) MB, open fds $(fds)"; done ) >"$out/rss.txt" 2>/dev/null &
sampler=$!
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s mixed.lua "$url" | tee "$out/wrk.txt"
kill $sampler 2>/dev/null || true
rss_end=$(rss)
sleep 2   # let the server finish closing wrk's connections
fds_end=$(fds)
cat "$out/rss.txt"

kill -TERM $pid
wait $pid || true
trap - EXIT
cat "$out/server.log" | grep -v '^listening'
[[ -s "$out/server.err" ]] && { echo "server stderr:"; head -20 "$out/server.err"; }

requests=$(awk '/requests in/{print $1; exit}' "$out/wrk.txt")
socket_errors=$(awk -F'[ ,]+' '/^socket errors:/{print $4 + $6 + $8 + $10}' "$out/wrk.txt")
unexpected_5xx=$(awk -F'[ ,]+' '/^statuses:/{print $NF}' "$out/wrk.txt")
drift=$(awk -v a="$rss_start" -v b="$rss_end" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
echo
echo "SUMMARY requests=$requests socket_errors=$socket_errors unexpected_5xx=$unexpected_5xx rss_start=$(( rss_start / 1024 ))MB rss_end=$(( rss_end / 1024 ))MB drift=${drift}% fds_end=$fds_end"
rm -rf "$out"

ok=1
(( socket_errors == 0 )) || { echo "FAIL: socket errors"; ok=0; }
(( unexpected_5xx == 0 )) || { echo "FAIL: unexpected 5xx"; ok=0; }
awk -v d="$drift" 'BEGIN { exit !(d < 10) }' || { echo "FAIL: RSS drift ${drift}% ≥ 10%"; ok=0; }
(( ok )) && echo "PASS"
(( ok ))
