'use strict'
// Minimal benchmark harness for the npm side (no dependencies): warms up, then runs timed batches until
// `seconds` have passed and reports the median ns/op of the batches, like BenchmarkDotNet's mean per op.
// Usage in a case file:
//   const { suite, asyncSuite } = require('./lib/bench')
//   suite('vary', { 'append one': () => vary.append('Accept', 'Origin') })
//   asyncSuite('koa-compose', { 'async: N=1': () => fn(ctx) })   // each op returns a promise, awaited before the next
// Suites run one after the other, in the order they are declared. Output: one JSON line per case on stdout:
// {"suite","case","opsPerSec","nsPerOp","heapBytesPerOp"}. Environment: BENCH_SECONDS (measured time per case,
// default 2), BENCH_FILTER (regex over "<suite> <case>").

const WARMUP_NS = 500000000n
const WARMUP_MIN_OPS = 10000
const BATCH_NS = 20e6
const MIN_SAMPLES = 10

function now () { return process.hrtime.bigint() }

let sink = 0
function consume (v) { if (v !== undefined && v !== null) sink ^= (typeof v === 'string' ? v.length : 1) }

// The two ways to run `n` operations: synchronously, or awaiting each one. The measurement is the same.
function syncBatch (fn) {
  return (n) => { for (let i = 0; i < n; i++) consume(fn()) }
}
function asyncBatch (fn) {
  return async (n) => { for (let i = 0; i < n; i++) consume(await fn()) }
}

async function measure (runBatch, seconds) {
  // Warm-up: let V8 optimise (at least 0.5 s and WARMUP_MIN_OPS calls).
  const warmEnd = now() + WARMUP_NS
  let warm = 0
  while (warm < WARMUP_MIN_OPS || now() < warmEnd) { await runBatch(1000); warm += 1000 }
  // Batch size so that one batch takes ~20 ms.
  let batch = 1
  for (;;) {
    const t0 = now()
    await runBatch(batch)
    if (Number(now() - t0) > BATCH_NS) break
    batch *= 2
  }
  const samples = []
  const end = now() + BigInt(Math.round(seconds * 1e9))
  while (now() < end || samples.length < MIN_SAMPLES) {
    const t0 = now()
    await runBatch(batch)
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
    await runBatch(n)
    heapBytesPerOp = Math.max(0, Math.round((process.memoryUsage().heapUsed - h0) / n))
  }
  return { nsPerOp, opsPerSec: 1e9 / nsPerOp, heapBytesPerOp }
}

let queue = Promise.resolve()

function enqueue (name, cases, batchOf, seconds) {
  const filter = process.env.BENCH_FILTER ? new RegExp(process.env.BENCH_FILTER) : null
  queue = queue.then(async () => {
    for (const [title, fn] of Object.entries(cases)) {
      if (filter && !filter.test(`${name} ${title}`)) continue
      const r = await measure(batchOf(fn), seconds)
      process.stdout.write(JSON.stringify({ suite: name, case: title, opsPerSec: Math.round(r.opsPerSec), nsPerOp: +r.nsPerOp.toFixed(1), heapBytesPerOp: r.heapBytesPerOp }) + '\n')
    }
    if (sink === 0.5) process.stdout.write('')
  }).catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
  return queue
}

const defaultSeconds = () => Number(process.env.BENCH_SECONDS || 2)

/** Cases whose function returns its result synchronously. */
function suite (name, cases, { seconds = defaultSeconds() } = {}) {
  return enqueue(name, cases, syncBatch, seconds)
}

/** Cases whose function returns a promise: each call is awaited before the next (settling costs included). */
function asyncSuite (name, cases, { seconds = defaultSeconds() } = {}) {
  return enqueue(name, cases, asyncBatch, seconds)
}

module.exports = { suite, asyncSuite }
