'use strict'
// Minimal benchmark harness for the npm side (no dependencies): warms up, then runs timed batches until
// `seconds` have passed and reports the median ops/s of the batches, like BenchmarkDotNet's mean per op.
// Usage in a case file:  const { suite } = require('./lib/bench'); suite('vary', { 'append one': () => vary.append('Accept', 'Origin') })
// Output: one JSON line per case on stdout: {"suite","case","opsPerSec","nsPerOp","heapBytesPerOp"}.

function now () { return process.hrtime.bigint() }

let sink = 0
function consume (v) { if (v !== undefined && v !== null) sink ^= (typeof v === 'string' ? v.length : 1) }

function measure (fn, seconds) {
  // Warm-up: let V8 optimise (at least 0.5 s or 100k calls).
  let warm = 0
  const warmEnd = now() + 500000000n
  while (warm < 100000 || now() < warmEnd) { consume(fn()); warm++ }
  // Batch size so one batch takes ~20 ms.
  let batch = 1
  for (;;) {
    const t0 = now()
    for (let i = 0; i < batch; i++) consume(fn())
    if (Number(now() - t0) > 20e6) break
    batch *= 2
  }
  const samples = []
  const end = now() + BigInt(Math.round(seconds * 1e9))
  while (now() < end || samples.length < 10) {
    const t0 = now()
    for (let i = 0; i < batch; i++) consume(fn())
    samples.push(Number(now() - t0) / batch)
  }
  samples.sort((a, b) => a - b)
  const nsPerOp = samples[samples.length >> 1]
  // Rough allocation figure: heap growth over a batch with GC forced before (needs --expose-gc).
  let heapBytesPerOp = null
  if (global.gc) {
    global.gc()
    const h0 = process.memoryUsage().heapUsed
    const n = Math.min(batch, 10000)
    for (let i = 0; i < n; i++) consume(fn())
    heapBytesPerOp = Math.max(0, Math.round((process.memoryUsage().heapUsed - h0) / n))
  }
  return { nsPerOp, opsPerSec: 1e9 / nsPerOp, heapBytesPerOp }
}

function suite (name, cases, { seconds = Number(process.env.BENCH_SECONDS || 2) } = {}) {
  const filter = process.env.BENCH_FILTER ? new RegExp(process.env.BENCH_FILTER) : null
  for (const [title, fn] of Object.entries(cases)) {
    if (filter && !filter.test(`${name} ${title}`)) continue
    const r = measure(fn, seconds)
    process.stdout.write(JSON.stringify({ suite: name, case: title, opsPerSec: Math.round(r.opsPerSec), nsPerOp: +r.nsPerOp.toFixed(1), heapBytesPerOp: r.heapBytesPerOp }) + '\n')
  }
  if (sink === 0.5) process.stdout.write('')
}

module.exports = { suite }
