'use strict'
// koa-compose 4.2.0: one dispatch of a chain of N no-op middleware — the cases of
// benchmarks/Packages/ComposeBenchmarks.cs. Run: node --expose-gc benchmarks/node/koa-compose.js
//   sync:                   (ctx, next) => next()            — settles without a microtask: the shared harness.
//   async:                  async (ctx, next) => await next() — each dispatch awaited before the next one.
//   async, pending terminal: same middleware around a terminal promise resolved after the call.
// The async cases settle in microtasks, so they use the awaiting loop below, which reports the same JSON fields.
const compose = require('koa-compose')
const { suite } = require('./lib/bench')

const LENGTHS = [1, 5, 10, 20, 50, 100]
const SECONDS = Number(process.env.BENCH_SECONDS || 2)
const filter = process.env.BENCH_FILTER ? new RegExp(process.env.BENCH_FILTER) : null
const ctx = {}

const syncMiddleware = (ctx, next) => next()
const asyncMiddleware = async (ctx, next) => await next()

const syncCases = {}
for (const n of LENGTHS) {
  const fn = compose(Array(n).fill(syncMiddleware))
  syncCases[`sync: N=${n}`] = () => fn(ctx)
}
suite('koa-compose', syncCases)

function now () { return process.hrtime.bigint() }

async function measureAsync (op, seconds) {
  const warmEnd = now() + 500000000n
  for (let i = 0; i < 10000 || now() < warmEnd; i++) await op()
  let batch = 1
  for (;;) {
    const t0 = now()
    for (let i = 0; i < batch; i++) await op()
    if (Number(now() - t0) > 20e6) break
    batch *= 2
  }
  const samples = []
  const end = now() + BigInt(Math.round(seconds * 1e9))
  while (now() < end || samples.length < 10) {
    const t0 = now()
    for (let i = 0; i < batch; i++) await op()
    samples.push(Number(now() - t0) / batch)
  }
  samples.sort((a, b) => a - b)
  const nsPerOp = samples[samples.length >> 1]
  let heapBytesPerOp = null
  if (global.gc) {
    global.gc()
    const h0 = process.memoryUsage().heapUsed
    const n = Math.min(batch, 10000)
    for (let i = 0; i < n; i++) await op()
    heapBytesPerOp = Math.max(0, Math.round((process.memoryUsage().heapUsed - h0) / n))
  }
  return { nsPerOp, opsPerSec: 1e9 / nsPerOp, heapBytesPerOp }
}

async function asyncSuite (name, cases) {
  for (const [title, op] of Object.entries(cases)) {
    if (filter && !filter.test(`${name} ${title}`)) continue
    const r = await measureAsync(op, SECONDS)
    process.stdout.write(JSON.stringify({ suite: name, case: title, opsPerSec: Math.round(r.opsPerSec), nsPerOp: +r.nsPerOp.toFixed(1), heapBytesPerOp: r.heapBytesPerOp }) + '\n')
  }
}

const asyncCases = {}
for (const n of LENGTHS) {
  const fn = compose(Array(n).fill(asyncMiddleware))
  asyncCases[`async: N=${n}`] = () => fn(ctx)
}
for (const n of LENGTHS) {
  const fn = compose(Array(n).fill(asyncMiddleware))
  let open
  const terminal = () => new Promise((resolve) => { open = resolve })
  asyncCases[`async, pending terminal: N=${n}`] = () => {
    const done = fn(ctx, terminal)
    open()
    return done
  }
}
asyncSuite('koa-compose', asyncCases)
