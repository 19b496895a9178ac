'use strict'
// Fixtures for packages/HttpErrors: runs http-errors 2.0.1 over generated argument lists and records what comes
// back (name, status, statusCode, expose, message, isHttpError, copied props, headers) or the TypeError thrown.
// Arguments are described as JSON so both sides can build them: {t:'number'|'string'|'null'|'boolean'|'function'|
// 'props'|'error'|'httpError', ...}. Special numbers are {"$num":"NaN"|"Infinity"|"-Infinity"|"-0"}.
// Run: node generate.js (from this folder). Deterministic (seeded).
process.env.NO_DEPRECATION = 'http-errors'
const path = require('path')
const fs = require('fs')
const createError = require('http-errors')
const statuses = require('statuses')
const { rng, writeCases } = require('../lib/random')

const r = rng(0xe7707)
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
const dec = (v) => {
  if (v && typeof v === 'object' && !Array.isArray(v) && '$num' in v) return Number(v.$num)
  if (Array.isArray(v)) return v.map(dec)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, dec(x)]))
  return v
}

// Builds the real argument from its description (fresh objects every time: createError mutates errors).
function build (d) {
  switch (d.t) {
    case 'number': return dec(d.v)
    case 'string': return d.v
    case 'null': return null
    case 'boolean': return d.v
    case 'function': return function () {}
    case 'props': return dec(d.v)
    case 'error': {
      const e = new Error(d.message)
      for (const k of ['status', 'statusCode', 'expose']) if (k in d) e[k] = dec(d[k])
      return e
    }
    case 'httpError': {
      const e = new createError[d.code](d.message)
      if ('status' in d) e.status = d.status // C#: Status and StatusCode are one value, so only statuses that keep them equal
      if ('statusCode' in d) e.statusCode = d.statusCode
      if ('expose' in d) e.expose = d.expose
      return e
    }
  }
  throw new Error('unknown arg ' + d.t)
}

const OWN = new Set(['message', 'status', 'statusCode', 'expose', 'headers'])
const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)

function run (descs) {
  const args = descs.map(build)
  let err
  try {
    err = createError.apply(null, args)
  } catch (e) {
    return { error: e.message }
  }
  const props = {}
  for (const k of Object.keys(err)) if (!OWN.has(k)) props[k] = enc(err[k])
  const res = {
    same: args.findIndex((a) => a === err),
    name: err.name,
    message: err.message,
    status: enc(err.status),
    statusCode: enc(err.statusCode),
    expose: enc(err.expose),
    exposeTruthy: !!err.expose,
    isHttpError: createError.isHttpError(err),
    props
  }
  if ('headers' in err) res.headers = enc(err.headers)
  return res
}

// C# reads a NaN or fractional status as "not a status" (500): the same call with those statuses replaced by 500.
function dotnetVariant (descs) {
  const bad = (v) => typeof v === 'number' && (Number.isNaN(v) || (Number.isFinite(v) && Math.floor(v) !== v))
  let changed = false
  const mapped = descs.map((d, i) => {
    if (d.t === 'number' && i === 0 && bad(dec(d.v))) { changed = true; return { t: 'number', v: 500 } }
    if (d.t === 'error') {
      const s = dec(d.status); const sc = dec(d.statusCode)
      const picked = s || sc // err.status || err.statusCode
      if (bad(picked)) { changed = true; return { ...d, [s ? 'status' : 'statusCode']: 500 } }
    }
    return d
  })
  return changed ? mapped : null
}

// --- argument pools ---------------------------------------------------------------------------------------------
const knownCodes = statuses.codes
const oddStatuses = [0, -1, -404, 1, 99, 199, 299, 306, 399, 400, 418, 420, 450, 499, 500, 550, 599, 600, 601, 700, 999, 1000,
  2147483647, -2147483648, 4294967296, 1e21, 404.5, 500.1, 399.99, NaN, Infinity, -Infinity, -0, 0.5]
const messages = ['', 'missing', 'LOL', 'Not Found', ' ', 'a\u0000b', 'line\nbreak', 'tab\there', '"quoted"', "it's", 'ünïcödé ✓',
  '\ud83d\ude00', '<script>alert(1)</script>', 'x'.repeat(300), '\r\n', '{}', '404', 'constructor']
const headerValues = ['Basic', 'Bearer realm="api"', '', 'a, b', '0', 60, 1.5, true, ['a', 'b'], ['x']]
const headerNames = ['WWW-Authenticate', 'Retry-After', 'X-Foo', 'content-type', 'Content-Length', 'x-foo', 'Allow', 'Set-Cookie']
const propKeys = ['id', 'code', 'type', 'foo', 'detail', 'constructor', ' ', '', 'ünï', 'a.b', 'status', 'statusCode', 'expose', 'headers', 'message']
const scalar = () => r.pick([1, 0, -1, 2.5, 'x', '', 'str', true, false, null, [1, 'a'], { nested: { deep: 1 } }, NaN, Infinity])

function randomHeaders () {
  const h = {}
  const n = r.int(0, 3)
  for (let i = 0; i < n; i++) h[r.pick(headerNames)] = r.pick(headerValues)
  return h
}
function randomProps () {
  const p = {}
  const n = r.int(0, 4)
  for (let i = 0; i < n; i++) {
    const k = r.pick(propKeys)
    switch (k) {
      case 'status': case 'statusCode': p[k] = r.pick([404, 500, 200, 'x', null]); break
      case 'expose': p[k] = r.pick([true, false, true, false, 1, 0, '', 'yes', null]); break
      case 'headers': p[k] = r.chance(0.8) ? randomHeaders() : r.pick(['x', 1, null, ['a']]); break
      case 'message': p[k] = r.pick(messages); break
      default: p[k] = scalar()
    }
  }
  return { t: 'props', v: enc(p) }
}
const statusValue = () => r.chance(0.6) ? r.pick(knownCodes) : r.pick(oddStatuses)
function randomError () {
  const d = { t: 'error', message: r.pick(messages) }
  if (r.chance(0.6)) d.status = enc(r.chance(0.7) ? statusValue() : r.pick(['404', null, true, '', 0]))
  if (r.chance(0.4)) d.statusCode = enc(r.chance(0.7) ? statusValue() : r.pick(['500', null, 0]))
  if (r.chance(0.3)) d.expose = r.pick([true, false, 'yes', 0])
  return d
}
const classCodes = knownCodes.filter((c) => c >= 400)
function randomHttpError () {
  const d = { t: 'httpError', code: r.pick(classCodes) }
  d.name = new createError[d.code]().name
  if (r.chance(0.5)) d.message = r.pick(messages)
  if (r.chance(0.25)) d.status = r.pick([404, 500, 302, 200, 418])
  if (r.chance(0.2)) d.expose = r.pick([true, false])
  return d
}
function randomArg (i) {
  const roll = r.next()
  if (roll < 0.22) return { t: 'number', v: enc(i === 0 || r.chance(0.5) ? statusValue() : r.int(0, 600)) }
  if (roll < 0.45) return { t: 'string', v: r.pick(messages) }
  if (roll < 0.65) return randomProps()
  if (roll < 0.78) return randomError()
  if (roll < 0.88) return randomHttpError()
  if (roll < 0.94) return { t: 'null' }
  if (roll < 0.97) return { t: 'boolean', v: r.chance(0.5) }
  return { t: 'function' }
}

// --- cases ------------------------------------------------------------------------------------------------------
const cases = []
const push = (args) => {
  const c = { args, ...run(args) }
  const variant = dotnetVariant(args)
  if (variant) {
    const v = run(variant)
    if (JSON.stringify(v) !== JSON.stringify(run(args))) { c.dotnet = v; c.deviation = 'NaN or fractional status is 500 in C#' }
  }
  cases.push(c)
}
// Every status (known and odd) alone, with a message, with '' and with props.
for (const s of [...knownCodes, ...oddStatuses]) {
  push([{ t: 'number', v: enc(s) }])
  push([{ t: 'number', v: enc(s) }, { t: 'string', v: 'msg' }])
  push([{ t: 'number', v: enc(s) }, { t: 'string', v: '' }])
  push([{ t: 'number', v: enc(s) }, { t: 'props', v: { id: 1, expose: s < 500 ? false : true } }])
  push([{ t: 'number', v: enc(s) }, { t: 'error', message: 'wrapped' }])
}
// An existing error with every kind of own status.
for (const s of [...oddStatuses, 404, 302, 503, '404', null, true, '']) {
  push([{ t: 'error', message: 'boom', status: enc(s) }])
  push([{ t: 'error', message: 'boom', statusCode: enc(s) }])
  push([{ t: 'number', v: 418 }, { t: 'error', message: 'boom', status: enc(s), statusCode: 409 }])
}
// Numbers after the first argument, and other unsupported types, at every position.
for (let pos = 1; pos <= 3; pos++) {
  for (const bad of [{ t: 'number', v: 404 }, { t: 'boolean', v: false }, { t: 'function' }]) {
    const args = []
    for (let i = 0; i < pos; i++) args.push(randomArg(i))
    args.push(bad)
    push(args)
  }
}
// Random argument lists.
while (cases.length < 1800) {
  const n = r.int(0, 4)
  const args = []
  for (let i = 0; i < n; i++) args.push(randomArg(i))
  push(args)
}
writeCases(out('create.json'), cases)

// The constructors: every 4xx/5xx code in statuses with its class name, default message and expose.
const classes = classCodes.map((code) => {
  const e = new createError[code]()
  return { code, name: e.name, message: e.message, status: e.status, statusCode: e.statusCode, expose: e.expose, export: Object.keys(createError).find((k) => createError[k] === createError[code] && !/^\d+$/.test(k)) }
})
fs.writeFileSync(out('classes.json'), JSON.stringify(classes, null, 1) + '\n')
process.stdout.write(`${out('classes.json')}: ${classes.length} classes\n`)
