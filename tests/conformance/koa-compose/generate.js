'use strict'
// koa-compose 4.2.0: runs generated middleware "programs" through compose() and records, for each, the event
// log and the outcome (resolved, or rejected with a message). The C# tests build the same middleware from each
// program, run them through MiddlewareComposer.Compose and compare. Usage: node generate.js
//
// A program is a list of middleware and an optional outer next. Middleware:
//   { kind: 'async', ops }  — an async function running ops in order:
//       ['log', s]            push s
//       ['next']              await next()                       (a second call rejects: called multiple times)
//       ['next-catch']        try { await next() } catch (e) { push('caught ' + e.message) }
//       ['yield']             await a macrotask (a real suspension)
//       ['throw', m]          throw new Error(m)
//   { kind: 'sync', ops }   — a plain function: ['log', s] and ['throw', m] run synchronously, then its last op
//       ['return-next']       return next()   (without it the function returns undefined)
// Outer next: { ops } with ['log', s], ['throw', m] (synchronous) and ['yield'] / ['reject', m] (async).
// Every next() promise is awaited or returned, so the event order is the same in C# and no rejection goes unseen.
const path = require('path')
const compose = require('koa-compose')
const { rng, writeCases } = require('../lib/random')

const r = rng(20201126)
const tick = () => new Promise((resolve) => setImmediate(resolve))

function asyncMiddleware (ops, log) {
  return async (ctx, next) => {
    for (const [op, arg] of ops) {
      if (op === 'log') log.push(arg)
      else if (op === 'next') await next()
      else if (op === 'next-catch') {
        try { await next() } catch (e) { log.push('caught ' + e.message) }
      } else if (op === 'yield') await tick()
      else if (op === 'throw') throw new Error(arg)
    }
  }
}

function syncMiddleware (ops, log) {
  return (ctx, next) => {
    for (const [op, arg] of ops) {
      if (op === 'log') log.push(arg)
      else if (op === 'throw') throw new Error(arg)
      else if (op === 'return-next') return next()
    }
  }
}

function outerNext (ops, log) {
  const sync = ops.every(([op]) => op === 'log' || op === 'throw')
  if (sync) {
    return () => {
      for (const [op, arg] of ops) {
        if (op === 'log') log.push(arg)
        else throw new Error(arg)
      }
    }
  }
  return async () => {
    for (const [op, arg] of ops) {
      if (op === 'log') log.push(arg)
      else if (op === 'yield') await tick()
      else throw new Error(arg)
    }
  }
}

function randomAsyncOps (i) {
  const ops = [['log', `${i}>`]]
  if (r.chance(0.2)) ops.push(['yield'])
  if (r.chance(0.08)) ops.push(['throw', `sync ${i}`])
  const nexts = r.pick([0, 1, 1, 1, 1, 2])
  for (let k = 0; k < nexts; k++) {
    ops.push([r.chance(0.3) ? 'next-catch' : 'next'])
    if (r.chance(0.15)) ops.push(['yield'])
  }
  if (r.chance(0.1)) ops.push(['throw', `after ${i}`])
  ops.push(['log', `<${i}`])
  return ops
}

function randomSyncOps (i) {
  const ops = [['log', `${i}`]]
  if (r.chance(0.12)) ops.push(['throw', `plain ${i}`])
  if (r.chance(0.85)) ops.push(['return-next'])
  return ops
}

function randomOuter () {
  return r.pick([
    [['log', 'outer']],
    [['log', 'outer'], ['throw', 'outer failed']],
    [['log', 'outer'], ['yield'], ['log', 'outer done']],
    [['log', 'outer'], ['yield'], ['reject', 'outer rejected']],
  ])
}

function describe (program) {
  const mw = program.middleware.map((m) => `${m.kind}[${m.ops.map(([op]) => op).join(',')}]`)
  return [...mw, program.outer ? `outer[${program.outer.map(([op]) => op).join(',')}]` : 'no outer'].join(' | ') || 'empty'
}

async function run (program) {
  const log = []
  const stack = program.middleware.map((m) => (m.kind === 'async' ? asyncMiddleware : syncMiddleware)(m.ops, log))
  const next = program.outer ? outerNext(program.outer, log) : undefined
  try {
    await compose(stack)({}, next)
    return { log, outcome: { ok: true } }
  } catch (e) {
    return { log, outcome: { error: e.message } }
  }
}

async function main () {
  const programs = [{ middleware: [], outer: null }, { middleware: [], outer: [['log', 'outer']] }]
  while (programs.length < 600) {
    const length = r.int(1, 6)
    const middleware = []
    for (let i = 0; i < length; i++) {
      middleware.push(r.chance(0.7) ? { kind: 'async', ops: randomAsyncOps(i) } : { kind: 'sync', ops: randomSyncOps(i) })
    }
    programs.push({ middleware, outer: r.chance(0.5) ? randomOuter() : null })
  }
  const cases = []
  for (const program of programs) {
    cases.push({ name: describe(program), ...program, ...(await run(program)) })
  }
  writeCases(path.join(__dirname, 'programs.json'), cases)
}

main()
