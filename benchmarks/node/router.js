'use strict'
// Node twin of benchmarks/Packages/RouterBenchmarks.cs: @koa/router 15.7.0's router.match(path, method) with
// 10/100/1,000 routes (static and parameterised), the last route being the one hit.
// Usage (from benchmarks/node, after npm ci): node router.js
const Router = require('@koa/router')

function bench (name, fn, ms = 1000) {
  for (let i = 0; i < 10000; i++) fn()
  let n = 0
  const start = process.hrtime.bigint()
  const end = start + BigInt(ms) * 1000000n
  while (process.hrtime.bigint() < end) { for (let i = 0; i < 1000; i++) fn(); n += 1000 }
  const ns = Number(process.hrtime.bigint() - start) / n
  console.log(`${name}: ${ns.toFixed(1)} ns/op`)
}

for (const parameterised of [false, true]) {
  for (const routes of [10, 100, 1000]) {
    const router = new Router()
    for (let i = 0; i < routes; i++) router.get(parameterised ? `/r${i}/:id/items/:item` : `/r${i}/items`, () => {})
    const path = parameterised ? `/r${routes - 1}/42/items/7` : `/r${routes - 1}/items`
    bench(`router.match routes=${routes} parameterised=${parameterised}`, () => router.match(path, 'GET'))
  }
}
