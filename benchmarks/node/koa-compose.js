'use strict'
// koa-compose 4.2.0: one dispatch of a chain of N no-op middleware — the cases of
// benchmarks/Packages/ComposeBenchmarks.cs. Run: node --expose-gc benchmarks/node/koa-compose.js
//   sync:                   (ctx, next) => next()            — settles without a microtask: the shared harness.
//   async:                  async (ctx, next) => await next() — each dispatch awaited before the next one.
//   async, pending terminal: same middleware around a terminal promise resolved after the call.
// The async cases settle in microtasks: the harness's asyncSuite awaits each call before the next.
const compose = require('koa-compose')
const { suite, asyncSuite } = require('./lib/bench')

const LENGTHS = [1, 5, 10, 20, 50, 100]
const ctx = {}

const syncMiddleware = (ctx, next) => next()
const asyncMiddleware = async (ctx, next) => await next()

const syncCases = {}
for (const n of LENGTHS) {
  const fn = compose(Array(n).fill(syncMiddleware))
  syncCases[`sync: N=${n}`] = () => fn(ctx)
}
suite('koa-compose', syncCases)

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
