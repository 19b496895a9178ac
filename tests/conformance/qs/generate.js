'use strict'
// Conformance fixtures for npm qs 6.17.1 (what co-body 6.2.0 resolves):
//  - upstream.json: every qs.parse / qs.stringify call made by qs's own test suite (node_modules/qs/test/parse.js and
//    stringify.js, run under a minimal tape stand-in), with the upstream test title it came from and node's result.
//    Calls whose arguments cannot be written as data (functions, symbols, class instances, mocked globals) are
//    recorded as { skipped: reason } so the C# side can count them.
//  - parse.json: generated query strings (hostile ones included) × option sets → result or error.
//  - stringify.json: generated objects × option sets → result or error.
// Values: strings that are not well-formed UTF-16 are { utf16: [code units] }; undefined is { $undefined: 1 }; an
// array hole { $hole: 1 }; a Date { $date: iso }; a Buffer { $buffer: [bytes] }; NaN/±Infinity { $num: 'NaN' };
// a RegExp { $regex: source, flags }; an object whose keys JSON cannot carry { $entries: [[key, value], ...] }.
// Usage: node generate.js (from this folder).
const path = require('path')
const Module = require('module')
const qs = require('qs')
const { rng, writeCases } = require('../lib/random')

// ---------- value encoding ----------
function splitUnits (code) { return code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code] }
function encStr (s) { return s.isWellFormed() ? s : { utf16: Array.from(s, (c) => c.codePointAt(0)).flatMap(splitUnits) } }

class Unserializable extends Error {}

function enc (value, seen = new Set()) {
  if (value === undefined) return { $undefined: 1 }
  if (value === null) return null
  switch (typeof value) {
    case 'string': return encStr(value)
    case 'boolean': return value
    case 'number': return Number.isFinite(value) ? (Object.is(value, -0) ? { $num: '-0' } : value) : { $num: String(value) }
    case 'object': break
    default: throw new Unserializable(typeof value)
  }
  if (seen.has(value)) throw new Unserializable('cycle')
  if (value instanceof Date) return { $date: isNaN(value) ? 'Invalid Date' : value.toISOString() }
  if (Buffer.isBuffer(value)) return { $buffer: Array.from(value) }
  if (value instanceof RegExp) return { $regex: value.source, flags: value.flags }
  seen.add(value)
  try {
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) throw new Unserializable('array subclass')
      const keys = Object.keys(value)
      if (keys.some((k) => String(Number(k) >>> 0) !== k)) throw new Unserializable('array with own props')
      const out = []
      for (let i = 0; i < value.length; i++) out.push(Object.prototype.hasOwnProperty.call(value, i) ? enc(value[i], seen) : { $hole: 1 })
      return out
    }
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) throw new Unserializable('class instance')
    if (Object.getOwnPropertySymbols(value).length) throw new Unserializable('symbol keys')
    const keys = Object.keys(value)
    for (const key of keys) {
      const d = Object.getOwnPropertyDescriptor(value, key)
      if (d.get || d.set) throw new Unserializable('accessor')
    }
    if (Object.getOwnPropertyNames(value).length !== keys.length) throw new Unserializable('non-enumerable props')
    // keys JSON cannot carry as property names (ill-formed UTF-16, __proto__, $-markers): a list of entries instead
    if (keys.some((k) => !k.isWellFormed() || k === '__proto__' || k.startsWith('$') || k === 'utf16')) {
      return { $entries: keys.map((k) => [encStr(k), enc(value[k], seen)]) }
    }
    const out = {}
    for (const key of keys) out[key] = enc(value[key], seen)
    return out
  } finally {
    seen.delete(value)
  }
}

function run (fn) {
  try {
    const value = fn()
    return { value: enc(value) }
  } catch (e) {
    if (e instanceof Unserializable) return { skipped: 'result: ' + e.message }
    return { error: e.message, type: e.constructor && e.constructor.name }
  }
}

// ---------- upstream tests under a tape stand-in ----------
const stubs = {
  tape: null, // set below
  'for-each': (list, fn) => { if (Array.isArray(list)) list.forEach((v, i) => fn(v, i, list)); else Object.keys(list).forEach((k) => fn(list[k], k, list)) },
  'has-property-descriptors': () => true,
  'has-override-mistake': () => false,
  'has-proto': () => true,
  'has-symbols': () => true,
  'has-bigints': () => true,
  'es-value-fixtures': { nonStrings: [undefined, null, true, false, 0, -0, 42, NaN, Infinity, {}, [], /a/g, function () {}] },
  'mock-property': (obj, prop, opts) => {
    mocks++
    const had = Object.prototype.hasOwnProperty.call(obj, prop)
    const old = Object.getOwnPropertyDescriptor(obj, prop)
    if (opts.delete) delete obj[prop]
    else Object.defineProperty(obj, prop, { configurable: true, enumerable: !opts.nonEnumerable, writable: !opts.nonWritable, value: opts.value })
    return () => { mocks--; if (had) Object.defineProperty(obj, prop, old); else delete obj[prop] }
  }
}
let mocks = 0
const originalLoad = Module._load
Module._load = function (request, parent, isMain) {
  if (Object.prototype.hasOwnProperty.call(stubs, request)) return stubs[request]
  if (request === '../') return qsProxy
  return originalLoad.apply(this, arguments)
}

let currentTitle = null
let upstream = []
let counter = 0
const record = (fn, args, call) => {
  const entry = { title: currentTitle, fn, index: counter++ }
  if (mocks > 0) {
    upstream.push(Object.assign(entry, { skipped: 'mocked global' }))
    return call()
  }
  let encodedArgs
  try {
    encodedArgs = args.map((a) => enc(a))
    if (args.length > 1 && args[1] && typeof args[1] === 'object') {
      for (const k of Object.keys(args[1])) if (typeof args[1][k] === 'function') throw new Unserializable('function option ' + k)
    }
  } catch (e) {
    if (!(e instanceof Unserializable)) throw e
    upstream.push(Object.assign(entry, { skipped: 'argument: ' + e.message }))
    return call()
  }
  let result
  let threw
  try { result = call() } catch (e) { threw = e }
  const out = threw ? { error: threw.message, type: threw.constructor && threw.constructor.name } : run(() => result)
  upstream.push(Object.assign(entry, { input: encodedArgs[0], options: encodedArgs.length > 1 ? encodedArgs[1] : null }, out))
  if (threw) throw threw
  return result
}
const qsProxy = Object.assign({}, qs, {
  parse: function (...args) { return record('parse', args, () => qs.parse(...args)) },
  stringify: function (...args) { return record('stringify', args, () => qs.stringify(...args)) }
})

const queue = []
function makeT (title) {
  const t = new Proxy({
    test (name, opts, fn) {
      if (typeof opts === 'function') fn = opts
      if (typeof fn === 'function' && !(opts && opts.skip)) runTest(title ? title + ' > ' + name : name, fn)
    },
    // the functions given to throws/doesNotThrow run (their qs calls are recorded, a throw with its message)
    throws (fn) { if (typeof fn === 'function') { try { fn() } catch (e) {} } },
    doesNotThrow (fn) { if (typeof fn === 'function') { try { fn() } catch (e) {} } },
    end () {}, plan () {}, teardown (fn) { this._teardowns.push(fn) }, _teardowns: [],
    intercept () { return { restore () {} } }
  }, { get: (target, prop) => (prop in target ? target[prop] : () => {}) })
  return t
}
function runTest (title, fn) {
  const saved = currentTitle
  currentTitle = title
  const t = makeT(title)
  try { fn(t) } catch (e) { /* an assertion helper we stubbed may throw; keep going */ }
  for (const td of t._teardowns) { try { td() } catch (e) {} }
  currentTitle = saved
}
stubs.tape = function (name, opts, fn) { if (typeof opts === 'function') fn = opts; queue.push([name, fn]) }
stubs.tape.skip = () => {}
stubs.tape.only = stubs.tape

const testDir = path.join(path.dirname(require.resolve('qs/package.json')), 'test')
for (const file of ['parse.js', 'stringify.js']) {
  queue.length = 0
  require(path.join(testDir, file))
  for (const [name, fn] of queue) runTest(file.replace('.js', '') + ': ' + name, fn)
}
Module._load = originalLoad
upstream = upstream.map((e) => { delete e.index; return e })
writeCases(path.join(__dirname, 'upstream.json'), upstream)

// ---------- generated parse cases ----------
const r = rng(0x9517)
const KEY_TOKENS = ['a', 'b', 'c', 'x', 'foo', 'bar', '0', '1', '2', '3', '19', '20', '21', '99', '1000', '-1', '01', '1e3',
  '[', ']', '[]', '[0]', '[1]', '[a]', '[b]', '[]', '[20]', '[21]', '.', '..', '.b', '%5B', '%5D', '%5b', '%5d', '%2E', '%2e',
  '%252E', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '[__proto__]',
  '[constructor]', '[prototype]', ' ', '+', '%20', '%', '%2', '%zz', '%C3%A9', '\u00e9', '%E2%9C%93', '%F0%9F%98%80',
  '%ED%A0%80', '%80', '[[', ']]', '[[]]', '[a.b]', 'utf8', '?', '#', '\ud800', '\ud83d\ude00', '&#9786;', '%26%239786%3B']
const VALUE_TOKENS = ['', 'v', '1', 'x y', 'a,b', ',', ',,', 'a,b,c,d,e,f', '%2C', '+', '%20', '%', '%zz', '%C3%A9', '%E9',
  '\u00e9', '=', '[]', '[]=x', 'true', 'null', '%E2%9C%93', '&#9786;', '&#128512;', '&#99999999999;', '%F0%9F%98%80',
  '%ED%A0%80', '\ud800', '%26%239786%3B', '%uD83D']

function genKey () {
  let k = ''
  const n = r.int(1, 5)
  for (let i = 0; i < n; i++) k += r.pick(KEY_TOKENS)
  return k
}
function genValue () {
  let v = ''
  const n = r.int(0, 3)
  for (let i = 0; i < n; i++) v += r.pick(VALUE_TOKENS)
  return v
}
function genQuery () {
  const parts = []
  const n = r.int(0, 8)
  const keys = []
  for (let i = 0; i < n; i++) {
    const key = keys.length && r.chance(0.35) ? r.pick(keys) : genKey()
    keys.push(key)
    if (r.chance(0.1)) parts.push(key)
    else if (r.chance(0.05)) parts.push(key + '=' + genValue() + '=' + genValue())
    else parts.push(key + '=' + genValue())
  }
  if (r.chance(0.05)) parts.push(r.pick(['utf8=%E2%9C%93', 'utf8=%26%2310003%3B', 'utf8=x']))
  if (r.chance(0.05)) parts.unshift('')
  let q = parts.join(r.chance(0.95) ? '&' : r.pick([';', '&&', '&amp;']))
  if (r.chance(0.05)) q = '?' + q
  return q
}

const PARSE_OPTIONS = [
  null, { allowDots: true }, { comma: true }, { arrayLimit: 3 }, { depth: 1 }, { depth: 0 }, { strictNullHandling: true },
  { allowPrototypes: true }, { plainObjects: true }, { charset: 'iso-8859-1', interpretNumericEntities: true },
  { charsetSentinel: true }, { charsetSentinel: true, charset: 'iso-8859-1', interpretNumericEntities: true },
  { duplicates: 'first' }, { duplicates: 'last' }, { parseArrays: false }, { allowSparse: true },
  { allowEmptyArrays: true }, { strictMerge: false }, { throwOnLimitExceeded: true, arrayLimit: 5, parameterLimit: 10 },
  { decodeDotInKeys: true }, { ignoreQueryPrefix: true }, { parameterLimit: 5 }, { strictDepth: true, depth: 2 },
  { comma: true, arrayLimit: 2 }, { comma: true, throwOnLimitExceeded: true, arrayLimit: 3 }, { delimiter: ';' },
  { allowDots: true, depth: 5, parameterLimit: 1000, arrayLimit: 100 }, // co-body form defaults + allowDots
  { arrayLimit: 0 }, { arrayLimit: -1 }, { allowPrototypes: true, strictMerge: false }
]

const parseCases = []
const HOSTILE = [
  'a[]=' + 'x&a[]='.repeat(30) + 'y', 'a[' + '0'.repeat(30) + ']=1', 'a[999999999999999999999]=1', 'a[21]=b&a[]=c&a=d',
  '__proto__[polluted]=1', 'constructor[prototype][polluted]=1', 'a[__proto__][b]=1', 'a[constructor][prototype][x]=1',
  '[__proto__]=1', '__proto__=1&a=2', 'toString=1', 'a[toString]=1', 'a[b]=1&a=2&a=3', 'a=1&a[b]=2&a[c]=3',
  'a=' + ','.repeat(50), 'a[]=' + 'b,'.repeat(40), 'a[[b]]=c', 'a[b[c]]=d', '[]=1', '[a]=1', '=1', '&&&', '%', '%%%',
  'a' + '[b]'.repeat(20) + '=1', 'a.b.c.d.e.f.g=1', 'a[0]=1&a[20]=2&a[21]=3', 'a[1]=x&a[0]=y', 'a[20]=x&a[]=y'
]
for (const q of HOSTILE) for (const o of PARSE_OPTIONS) parseCases.push(Object.assign({ input: encStr(q), options: o }, run(() => qs.parse(q, o || undefined))))
while (parseCases.length < 12000) {
  const q = genQuery()
  const o = r.chance(0.3) ? null : r.pick(PARSE_OPTIONS)
  parseCases.push(Object.assign({ input: encStr(q), options: o }, run(() => qs.parse(q, o || undefined))))
}
writeCases(path.join(__dirname, 'parse.json'), parseCases)

// ---------- generated stringify cases ----------
const STRINGIFY_OPTIONS = [
  null, { arrayFormat: 'brackets' }, { arrayFormat: 'repeat' }, { arrayFormat: 'comma' }, { arrayFormat: 'comma', commaRoundTrip: true },
  { encodeValuesOnly: true }, { allowDots: true }, { format: 'RFC1738' }, { format: 'WHATWG' }, { charset: 'iso-8859-1' },
  { skipNulls: true }, { strictNullHandling: true }, { encode: false }, { allowEmptyArrays: true }, { encodeDotInKeys: true },
  { addQueryPrefix: true, charsetSentinel: true }, { indices: false }, { arrayFormat: 'comma', encodeValuesOnly: true },
  { delimiter: ';' }, { depth: 2 }, { filter: ['a', 'b', '0', '1'] }, { allowDots: true, encodeDotInKeys: true, encodeValuesOnly: true }
]
const LEAVES = [() => genValue(), () => r.int(-5, 100), () => r.chance(0.5), () => null, () => undefined, () => 1.5, () => 1e21,
  () => NaN, () => new Date(Date.UTC(2024, r.int(0, 11), r.int(1, 28), r.int(0, 23), 0, 0, r.int(0, 999))),
  () => Buffer.from(genValue()), () => 'a.b', () => '\ud800x', () => '\u00e9\u4e2d\ud83d\ude00']
function genObject (depth) {
  if (depth > 3 || r.chance(0.3)) return r.pick(LEAVES)()
  if (r.chance(0.4)) {
    const arr = []
    const n = r.int(0, 4)
    for (let i = 0; i < n; i++) arr.push(genObject(depth + 1))
    return arr
  }
  const obj = {}
  const n = r.int(0, 4)
  for (let i = 0; i < n; i++) obj[r.pick(['a', 'b', 'c', 'a.b', '0', '1', '10', 'x y', '\u00e9', '[', 'k=v', '&'])] = genObject(depth + 1)
  return obj
}
const stringifyCases = []
while (stringifyCases.length < 4000) {
  const obj = r.chance(0.2) ? qs.parse(genQuery()) : genObject(0)
  const o = r.chance(0.3) ? null : r.pick(STRINGIFY_OPTIONS)
  let input
  try { input = enc(obj) } catch (e) { continue }
  stringifyCases.push(Object.assign({ input, options: o }, run(() => qs.stringify(obj, o || undefined))))
}
writeCases(path.join(__dirname, 'stringify.json'), stringifyCases)
