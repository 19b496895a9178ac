'use strict'
// Fixtures for packages/HttpAssert: runs http-assert 1.5.0 (with its own http-errors 1.8.1 / statuses 1.5.0, as
// Koa 3.3.0's ctx.assert does) over generated guards, statuses, messages and props (assert.json), and over pairs of
// values for the six comparisons (equality.json). Values are JSON; special numbers are {"$num":"NaN"|"Infinity"|
// "-Infinity"|"-0"}. Run: node generate.js (from this folder). Deterministic (seeded).
process.env.NO_DEPRECATION = 'http-errors'
const path = require('path')
const assert = require('http-assert')
const { rng, writeCases } = require('../lib/random')

const r = rng(0xa55e7)
const out = (name) => path.join(__dirname, name)

const enc = (v) => {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { $num: 'NaN' }
    if (v === Infinity) return { $num: 'Infinity' }
    if (v === -Infinity) return { $num: '-Infinity' }
    if (Object.is(v, -0)) return { $num: '-0' }
    return v
  }
  if (Array.isArray(v)) return v.map(enc)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, enc(x)]))
  return v
}

const describeError = (fn) => {
  try {
    fn()
    return { threw: false }
  } catch (e) {
    return { threw: true, name: e.name, status: e.status, statusCode: e.statusCode, expose: e.expose, message: e.message, id: e.id === undefined ? null : e.id }
  }
}

// --- values -----------------------------------------------------------------------------------------------------
const values = [null, true, false, 0, -0, 1, -1, 1.5, 2, 10, 100, NaN, Infinity, -Infinity, 1e21, 0.1,
  '', ' ', '0', '1', ' 1 ', '\t1\n', '1.0', '01', '+1', '-1', '0x1', '0X1A', '0b11', '0o17', '1e0', '.1', '1.', '1_0', 'a', 'b', 'true', 'false',
  'Infinity', '-Infinity', 'infinity', 'NaN', 'null', '1,2', '[object Object]', '\u00a01\ufeff', '١',
  [], [1], ['1'], [1, 2], ['1', '2'], [[1]], [[1], [2]], [null], [''], [0], [false], [true], [1.5], [1e21], [{}], ['a', ['b', 'c']],
  {}, { a: 1 }, { a: '1' }, { a: [1] }, { a: ['1'] }, { a: { b: 1 } }, { a: { b: '1' } }, { 0: 1 }, { 0: '1' }, { 0: 1, 1: 2 },
  { prototype: 1 }, { prototype: 2 }, { a: null }, { a: 0 }, { a: '' }, { a: false }, { b: 1 }, { a: 1, b: 2 }, { b: 2, a: 1 }]
const clone = (v) => (v && typeof v === 'object') ? JSON.parse(JSON.stringify(v)) : v
const randomValue = (depth) => {
  const roll = r.next()
  if (depth > 2 || roll < 0.5) return clone(r.pick(values.filter((v) => !v || typeof v !== 'object')))
  if (roll < 0.75) {
    const a = []
    const n = r.int(0, 3)
    for (let i = 0; i < n; i++) a.push(randomValue(depth + 1))
    return a
  }
  const o = {}
  const n = r.int(0, 3)
  for (let i = 0; i < n; i++) o[r.pick(['a', 'b', '0', '1', 'prototype'])] = randomValue(depth + 1)
  return o
}

// --- equality.json: every pair of the fixed values, then random structures ---------------------------------------
const pairs = []
const comparePair = (a, b, same) => {
  const passes = (fn) => !describeError(fn).threw
  return {
    a: enc(a),
    b: enc(b),
    same,
    equal: passes(() => assert.equal(a, b, 401, 'fail')),
    notEqual: passes(() => assert.notEqual(a, b, 401, 'fail')),
    strictEqual: passes(() => assert.strictEqual(a, b, 401, 'fail')),
    notStrictEqual: passes(() => assert.notStrictEqual(a, b, 401, 'fail')),
    deepEqual: passes(() => assert.deepEqual(a, b, 401, 'fail')),
    notDeepEqual: passes(() => assert.notDeepEqual(a, b, 401, 'fail'))
  }
}
for (const a of values) {
  pairs.push(comparePair(a, a, true))
  for (const b of values) pairs.push(comparePair(clone(a), clone(b), false))
}
for (let i = 0; i < 1500; i++) {
  const a = randomValue(0)
  const b = r.chance(0.3) ? clone(a) : randomValue(0)
  pairs.push(comparePair(a, b, false))
}
writeCases(out('equality.json'), pairs)

// --- assert.json: assert / ok / fail with every kind of guard, status, message and props -----------------------
const statuses = [undefined, 400, 401, 403, 404, 418, 425, 500, 503, 302, 304, 306, 200, 100, 499, 450, 599, 550, 600, 700, 0, -1, 399, 999]
const messages = [undefined, 'fail', '', 'Please login!', ' ', 'ünï ✓', 'a\nb', '"q"']
const propsPool = [undefined, { expose: false }, { expose: true }, { id: 7 }, { expose: false, id: 'x' }, { status: 200, statusCode: 201 }]
const cases = []
for (const fn of ['assert', 'ok', 'fail']) {
  for (const status of statuses) {
    for (const message of messages) {
      const props = r.pick(propsPool)
      const value = fn === 'fail' ? false : r.pick([false, 0, '', null, NaN, true, 1, 'x', [], {}])
      const run = fn === 'fail'
        ? () => assert.fail(status, message, props)
        : fn === 'ok' ? () => assert.ok(value, status, message, props) : () => assert(value, status, message, props)
      cases.push({ fn, value: fn === 'fail' ? null : enc(value), status: status === undefined ? null : status, message: message === undefined ? null : message, props: props || null, outcome: describeError(run) })
    }
  }
}
for (const value of values) {
  for (const status of [undefined, 401, 500]) {
    cases.push({ fn: 'assert', value: enc(value), status: status === undefined ? null : status, message: 'guard', props: null, outcome: describeError(() => assert(clone(value), status, 'guard')) })
  }
}
writeCases(out('assert.json'), cases)
