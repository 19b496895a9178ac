'use strict'
// Conformance fixtures for npm vary 1.1.2 (Koa 3.3.0 resolves it): runs vary.append and vary(res, field) over
// generated header/field pairs, hostile ones included, and records the value or the error message.
// Strings that are not well-formed UTF-16 (lone surrogates) cannot be stored as JSON strings that .NET reads back,
// so they are written as { "utf16": [code units] }.
// Usage: node generate.js (from this folder).
const path = require('path')
const vary = require('vary')
const { rng, writeCases, outcome } = require('../lib/random')

const r = rng(0x5eed1)

const NAMES = ['Accept', 'Accept-Encoding', 'Accept-Language', 'Accept-Charset', 'Origin', 'User-Agent', 'Cookie',
  'Authorization', 'X-Requested-With', 'Content-Type', 'If-None-Match', 'DNT', 'Sec-CH-UA', 'x', 'X-Forwarded-Proto',
  "a!#$%&'+-.^_`|~z", '0', 'k', 'i', 's']
const INVALID = ['invalid:header', 'invalid header', 'invalid\nheader', 'invalid\u0080header', 'a"b', 'a(b)', 'a/b',
  'a@b', 'a[b]', 'a{b}', 'a=b', 'a;b', 'a?b', 'a\\b', '\t', 'tab\there', 'caf\u00e9', '\u212a', '\u0131', '\u017f',
  '\u0130', '\ud83d\ude00', '\ud800', 'a\u0000b', 'a\u007fb', '\u00a0']
const HEADER_NOISE = ['', ' ', '  ', '\t', '*', ' * ', '\u212a', '\u212aEEP-ALIVE', 'K', 'acc ept', '\u0131', '\u017f',
  'ORIG\u0130N', '\u00e9', 'caf\u00e9', '\ud83d\ude00', '\ud800', 'x\tx', ':', '"', ',', ';q=1', '\u0000']

function enc (value) {
  if (typeof value === 'string') return value.isWellFormed() ? value : { utf16: Array.from(value, (c) => c.charCodeAt(0)).flatMap(splitUnits) }
  if (Array.isArray(value)) return value.map(enc)
  return value
}

function splitUnits (code) { return code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code] }

function caseVariant (name) {
  switch (r.int(0, 3)) {
    case 0: return name
    case 1: return name.toLowerCase()
    case 2: return name.toUpperCase()
    default: return Array.from(name, (c) => (r.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('')
  }
}

function spaces (tabs = true) { return tabs && r.chance(0.3) ? r.pick(['\t', ' \t']) : r.pick(['', '', '', ' ', '  ']) }

function item (invalidRate) {
  if (r.chance(invalidRate)) return r.pick(INVALID)
  if (r.chance(0.05)) return '*'
  if (r.chance(0.04)) return ''
  return caseVariant(r.pick(NAMES))
}

// Joins items with commas and random SP/HTAB around them (HTAB, which vary does not trim, is rare in fields).
function joinList (items, tabs = true) {
  const comma = () => (tabs ? r.pick([',', ', ', ' , ', ',  ', ',\t']) : r.pick([',', ', ', ' , ', ',  ']))
  const pad = () => (r.chance(0.2) ? spaces(tabs && r.chance(0.3)) : '')
  return items.map((x, i) => (i === 0 ? '' : comma()) + pad() + x + pad()).join('')
}

function header () {
  switch (r.int(0, 9)) {
    case 0: return ''
    case 1: return r.pick(HEADER_NOISE)
    case 2: return '*'
    default: {
      const n = r.int(1, 6)
      const items = []
      for (let i = 0; i < n; i++) items.push(r.chance(0.1) ? r.pick(HEADER_NOISE) : caseVariant(r.pick(NAMES)))
      return joinList(items)
    }
  }
}

function field () {
  const invalidRate = r.pick([0, 0, 0.05, 0.2])
  const n = r.int(0, 5)
  const items = []
  for (let i = 0; i < Math.max(n, 1); i++) items.push(item(invalidRate))
  if (r.chance(0.4)) {
    if (n === 0 && r.chance(0.5)) return []
    if (r.chance(0.05)) items.push('a,b')
    if (r.chance(0.05)) items.push(' Accept')
    return items
  }
  if (r.chance(0.03)) return ''
  return joinList(items, r.chance(0.1))
}

function bigList (bytes, make) {
  const items = []
  let length = 0
  while (length < bytes) {
    const x = make(items.length)
    items.push(x)
    length += x.length + 2
  }
  return items
}

const appendCases = []
const add = (h, f) => appendCases.push({ header: enc(h), field: enc(f), ...encodeOutcome(outcome(() => vary.append(h, f))) })

function encodeOutcome (o) { return 'error' in o ? o : { value: enc(o.value) } }

// The upstream examples first, then the generated pairs.
add('', 'Origin')
add('Accept', 'Origin, User-Agent')
add('accept', 'ACCEPT')
add('Accept', [])
add(' Accept ', 'accept')
add('Accept', 'a,,b')
add('Accept', 'Accept, ')
add('Accept', 'Acc ept')
add('Accept', 'Acc\tept')
add('\u212a', 'k')
add('\u0131', 'i')
add('\u017f', 's')
add('\u0130', 'i')
add('*', 'invalid header')
add('*', [])
add('', '')
for (const h of HEADER_NOISE) for (const f of ['Origin', 'K', 'k', 'I', 'S', '*', ['origin', 'ORIGIN']]) add(h, f)
for (const bad of INVALID) { add('Accept', bad); add('Accept', [bad]); add('', 'Origin, ' + bad) }
while (appendCases.length < 1200) add(header(), field())

// 10 KB values: long headers and long field lists, with repeats so both the append and the de-duplication work.
for (let i = 0; i < 16; i++) {
  const headerItems = bigList(10240, (k) => caseVariant(r.pick(NAMES)) + (r.chance(0.7) ? '-' + r.int(0, 400) : ''))
  const fieldItems = bigList(i % 2 === 0 ? 10240 : 200, (k) => caseVariant(r.pick(NAMES)) + (r.chance(0.7) ? '-' + r.int(0, 600) : ''))
  if (i === 3) fieldItems.push('*')
  if (i === 5) headerItems.push('*')
  if (i === 7) fieldItems.push('in valid')
  if (i === 9) headerItems.push('\u212a-' + r.int(0, 400))
  const h = joinList(headerItems)
  add(h, i % 4 < 2 ? joinList(fieldItems) : fieldItems)
}
add('a'.repeat(10240), 'A'.repeat(10240))
add(',' .repeat(10240), 'x')
add(' '.repeat(10240), 'x')
add('', ' '.repeat(10240) + 'x' + ' '.repeat(10240))

writeCases(path.join(__dirname, 'append.json'), appendCases)

// vary(res, field) over a minimal res (getHeader/setHeader as Node's, names case-insensitive).
function fakeRes (initial) {
  const headers = {}
  if (initial !== undefined) headers.vary = initial
  return {
    headers,
    getHeader (name) { return headers[name.toLowerCase()] },
    setHeader (name, value) { headers[name.toLowerCase()] = value }
  }
}

const resCases = []
const addRes = (initial, f) => {
  const res = fakeRes(initial)
  const o = outcome(() => vary(res, f))
  const c = { header: enc(initial === undefined ? null : initial), field: enc(f) }
  if ('error' in o) c.error = o.error
  else c.value = enc(res.headers.vary === undefined ? null : res.headers.vary)
  resCases.push(c)
}
addRes(undefined, [])
addRes(undefined, 'Origin')
addRes(['Accept', 'Accept-Encoding'], 'Origin')
addRes(['Accept', 'Accept-Encoding'], ['accept', 'origin'])
addRes([], 'Origin')
addRes([], [])
addRes('', [])
addRes('Accept', [])
while (resCases.length < 400) {
  const kind = r.int(0, 4)
  const initial = kind === 0 ? undefined : kind === 1 ? [header(), header()].slice(0, r.int(0, 2) + 1) : header()
  addRes(initial, field())
}
writeCases(path.join(__dirname, 'vary.json'), resCases)
