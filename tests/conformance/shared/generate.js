'use strict'
// Conformance fixtures for packages/Shared: the JavaScript and HTTP rules every port shares, as node 20 / V8 computes
// them: white space (\s, trim), Number(), parseInt(s, 10), parseFloat, Number#toString, truthiness, RFC 9110 tchar
// (node's own header-name check), path.posix.extname/basename, Date.parse over HTTP-dates (valid and malformed) and
// decodeURIComponent/encodeURIComponent. TZ is UTC, as on a server, because Date.parse reads asctime dates in local
// time. Strings that are not well-formed UTF-16 are written as arrays of code units ({ "units": [...] }).
// Usage: node generate.js (from this folder).
process.env.TZ = 'UTC'
const assert = require('assert')
const path = require('path')
const { rng, writeCases } = require('../lib/random')
const { _checkIsHttpToken: isHttpToken } = require('_http_common')

const r = rng(0x5ba7ed)

const isWellFormed = (s) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)
const str = (s) => isWellFormed(s) ? s : { units: Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)) }
// A double as JSON: NaN, the infinities and -0 by name, every other number as itself (JSON numbers round-trip).
const num = (x) => Number.isNaN(x) ? 'NaN' : x === Infinity ? 'Infinity' : x === -Infinity ? '-Infinity' : Object.is(x, -0) ? '-0' : x

// ---------------------------------------------------------------------------------------------------------------
// white space: every UTF-16 code unit that \s matches (and trim removes)

const whiteSpace = []
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c)
  const ws = /\s/.test(ch)
  assert.strictEqual(ws, ('a' + ch + 'a').trim() !== ('a' + ch + 'a') || (ch + 'a').trim() === 'a')
  if (ws) whiteSpace.push(c)
}
writeCases('whitespace.json', whiteSpace)

// ---------------------------------------------------------------------------------------------------------------
// Number(s), parseInt(s, 10), parseFloat(s)

const NUMBER_PIECES = ['0', '1', '5', '9', '00', '12', '123', '.', '.', 'e', 'E', '+', '-', 'x', 'X', 'o', 'O', 'b', 'B',
  'a', 'f', 'F', 'g', 'Infinity', 'Inf', 'inity', 'NaN', '_', ' ', '\t', '\n', '\u00a0', '\u0085', '\u2028', '\ufeff',
  '\u3000', '\u180e', '\u200b', ',', '0x', '0b', '0o', 'e+', 'e-', '١', '０', 'n']
const numberStrings = new Set(['', ' ', '0', '-0', '+0', '00', '0.', '.0', '.', '+.', '-.5', '5.', '1e', '1e+', '1e5',
  '1E-5', '1e1000', '-1e1000', '1e-400', '0x', '0x1', '0X1f', '0xg', '0b102', '0o78', '-0x10', '+0x10', '0x1p3',
  'Infinity', '-Infinity', '+Infinity', 'infinity', 'Infinityx', ' Infinity ', 'NaN', '1_000', '1,000', '12px', '0.1',
  '0.30000000000000004', '9007199254740993', '9007199254740992.5', '123456789012345678901234567890',
  '2.2250738585072011e-308', '4.9e-324', '2e-324', '1.7976931348623157e308', '1.7976931348623159e308',
  '0x1fffffffffffff', '0x20000000000001', '0x20000000000003', '0x' + 'f'.repeat(300), '0b' + '1'.repeat(70),
  '0o' + '7'.repeat(30), '\u00a012\u00a0', '\ufeff1', '\u20281\u2029', '\u00851', '1\u0085', '\u180e1',
  '1'.repeat(400), '0.' + '0'.repeat(330) + '1', '1' + '0'.repeat(308), '1' + '0'.repeat(309), '  -12.5e3xyz',
  '-', '+', '--1', '+-1', '1e+-1', '1..2', '1.2.3', '٣', '１'])
while (numberStrings.size < 4000) {
  let s = ''
  const n = r.int(1, 6)
  for (let i = 0; i < n; i++) s += r.pick(NUMBER_PIECES)
  if (r.chance(0.2)) s = r.pick(['', ' ', '-', '+', '0x', '.']) + r.string('0123456789', 1, 25) + s
  numberStrings.add(s)
}
// digit strings near the rounding boundaries of doubles
for (let i = 0; i < 500; i++) {
  const x = r.next() * Math.pow(10, r.int(-30, 30))
  const digits = x.toPrecision(r.int(15, 21))
  numberStrings.add(digits)
  numberStrings.add(digits.replace(/\d$/, '5') + '00000000001')
}
const numbers = [...numberStrings].map((s) => ({ s, number: num(Number(s)), parseInt: num(parseInt(s, 10)), parseFloat: num(parseFloat(s)) }))
writeCases('numbers.json', numbers)

// ---------------------------------------------------------------------------------------------------------------
// Number#toString: doubles by their bits (hex), with String(x)

const view = new DataView(new ArrayBuffer(8))
const bitsOf = (x) => { view.setFloat64(0, x); return view.getBigUint64(0).toString(16).padStart(16, '0') }
const doubles = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 123e-20, 1e21, 1e-7, 1e-6,
  123456789012345680000, 999999999999999900000, 1e15, 1e16, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE,
  Number.EPSILON, 5e-324, 1.5e-7, 0.000001, 0.0000001, 100, 1e100, 12345.6789, -0.5]
for (let i = 0; i < 3000; i++) {
  switch (r.int(0, 3)) {
    case 0: view.setUint32(0, r.int(0, 0xffffffff)); view.setUint32(4, r.int(0, 0xffffffff)); doubles.push(view.getFloat64(0)); break
    case 1: doubles.push((r.next() - 0.5) * Math.pow(10, r.int(-25, 25))); break
    case 2: doubles.push(Math.round(r.next() * Math.pow(10, r.int(0, 22))) * (r.chance(0.5) ? 1 : -1)); break
    default: doubles.push(Number((r.next() * 1000).toFixed(r.int(0, 6))))
  }
}
writeCases('tostring.json', doubles.map((x) => ({ bits: bitsOf(x), s: String(x) })))

// ---------------------------------------------------------------------------------------------------------------
// truthiness of the JavaScript values the ports meet

const truthy = [0, -0, NaN, 1, -1, 0.5, Infinity, '', '0', ' ', 'false', false, true, null].map((v) => ({ value: num(v), truthy: Boolean(v) }))
writeCases('truthy.json', truthy)

// ---------------------------------------------------------------------------------------------------------------
// tchar: every code unit node's header-name check (RFC 9110 token) accepts

const tokenChars = []
for (let c = 0; c < 0x10000; c++) {
  if (isHttpToken(String.fromCharCode(c))) tokenChars.push(c)
}
writeCases('tchar.json', tokenChars)

// ---------------------------------------------------------------------------------------------------------------
// path.posix.extname and basename

const paths = new Set(['', '.', '..', '...', '/', '//', 'a', '.a', 'a.', '..a', 'a..', '.a.', 'a.b', 'a.b.c',
  '/a/b.c', '/a/b.c/', '/a/b.c//', '/a.b/c', '/.hidden', '/..', '/a/..', 'a/./b', 'a\\b.c', 'a.b\\c', 'file.tar.gz',
  'x.', './', './/', 'a/.', 'a/..//'])
while (paths.size < 3000) paths.add(r.string(['a', 'b', '.', '.', '/', '\\', ' ', 'é', '-'], 0, 9))
writeCases('paths.json', [...paths].map((p) => ({ path: p, extname: path.posix.extname(p), basename: path.posix.basename(p), mime: path.posix.extname('x.' + p).slice(1) })))

// ---------------------------------------------------------------------------------------------------------------
// Date.parse over HTTP-dates. "form": true marks a string of the grammar packages/Shared/HttpDate.cs documents
// (the port must read it as V8 does); other strings are malformed or outside it (the port must reject them or
// agree with V8).

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n, w) => String(n).padStart(w, '0')
const rws = () => r.chance(0.85) ? ' ' : r.pick(['  ', '\t', ' \t', '\t\t '])
const ows = () => r.chance(0.85) ? '' : r.pick([' ', '\t', ' \t '])
const cased = (t) => { const k = r.int(0, 9); return k === 0 ? t.toLowerCase() : k === 1 ? t.toUpperCase() : t }

function randomDate () {
  // years 1..9999, mostly recent ones
  const year = r.chance(0.7) ? r.int(1970, 2100) : r.int(1, 9999)
  const d = new Date(Date.UTC(2000, r.int(0, 11), 1, r.int(0, 23), r.int(0, 59), r.int(0, 59)))
  d.setUTCFullYear(year)
  d.setUTCDate(r.int(1, 28 + (r.chance(0.3) ? 3 : 0)))
  return d
}

function yearText (y, form) {
  // a year V8 reads as y: four digits, or two when y is 1950..2049
  if (form === 'asctime' || form === 'imf' || form === 'rfc850') {
    if (y >= 1950 && y <= 2049 && r.chance(0.4)) return pad(y % 100, 2)
    if (y >= 1950 && y <= 2049 && r.chance(0.1)) return pad(y % 100, 4)
  }
  return pad(y, 4)
}

function formatted (d) {
  const form = r.pick(['imf', 'imf', 'rfc850', 'asctime'])
  const dayName = cased(r.chance(0.5) ? (form === 'rfc850' ? LONG_DAYS : DAYS)[d.getUTCDay()] : r.pick(r.chance(0.5) ? DAYS : LONG_DAYS))
  const day = r.chance(0.2) ? String(d.getUTCDate()) : pad(d.getUTCDate(), 2)
  const month = cased(MONTHS[d.getUTCMonth()])
  const year = d.getUTCFullYear() >= 1950 && d.getUTCFullYear() <= 2049 ? yearText(d.getUTCFullYear(), form) : pad(d.getUTCFullYear(), 4)
  if (pad(d.getUTCFullYear(), 4) !== year && Number(year) !== d.getUTCFullYear() % 100) throw new Error('year')
  const time = `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`
  const gmt = cased('GMT')
  switch (form) {
    case 'imf': return ows() + `${dayName},${r.chance(0.05) ? '' : rws()}${day}${rws()}${month}${rws()}${year}${rws()}${time}${rws()}${gmt}` + ows()
    case 'rfc850': return ows() + `${dayName},${r.chance(0.05) ? '' : rws()}${day}-${month}-${year}${rws()}${time}${rws()}${gmt}` + ows()
    default: return ows() + `${dayName}${rws()}${month}${rws()}${day}${rws()}${time}${rws()}${year}` + ows()
  }
}

const MUTATION_CHARS = [' ', '\t', '\u0085', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u3000', '\n', '\r', '\v', '-',
  ':', ',', '0', '7', 'x', 'Z', '+', '.', '(', ')', '/', 'GMT', 'UTC', 'am', 'pm', 'T']

function mutate (s) {
  const i = r.int(0, s.length)
  switch (r.int(0, 6)) {
    case 0: return s.slice(0, i) + r.pick(MUTATION_CHARS) + s.slice(i)
    case 1: return s.slice(0, i) + s.slice(i + 1)
    case 2: return s.slice(0, i) + r.pick(MUTATION_CHARS) + s.slice(i + 1)
    case 3: return s.replace(/ (?=GMT$)/i, '')
    case 4: return s.replace(/(\d\d) ?(\d\d:)/, '$1$2')
    case 5: return s.replace(/-/g, r.pick([' - ', ' -', '- ', '\u2028-']))
    default: return s.replace(/[ \t]+/, r.pick(['\u0085', '\u2028', '\u00a0', '\ufeff', '\u3000', '\n', '\v']))
  }
}

const dateCases = new Map()
const addDate = (s, form) => { if (!dateCases.has(s) || form) dateCases.set(s, form) }
for (const s of ['Sun, 06 Nov 1994 08:49:37 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994',
  'Sun Nov 6 08:49:37 1994', 'Sat,01 Jan 2000 00:00:00 GMT', 'Sat, 01 Jan 0099 00:00:00 GMT', 'Mon, 01 Jan 0001 00:00:00 GMT',
  'Fri, 31 Dec 9999 23:59:59 GMT', 'Sat, 29 Feb 2020 00:00:00 GMT']) addDate(s, true)
for (const s of ['Sun, 06 Nov 1994 08:49:37GMT', 'Sun, 06 Nov 1994 01 :44:41 GMT', 'Sun, 06 Nov 201502:21:58 GMT',
  'Sun,\u008506 Nov 1994 08:49:37 GMT', 'Sun, 06\u2028Nov 1994 08:49:37 GMT', 'Sun, 06\u0085Nov 1994 08:49:37 GMT',
  'Sunday, 06 - Nov-94 08:49:37 GMT', 'Sunday, 06-Nov -94 08:49:37 GMT', 'Sunday, 06- Nov-94 08:49:37 GMT',
  'Sun, 06 Nov 1994 08:49:37', 'Sun, 31 Feb 1994 08:49:37 GMT', 'Sun, 06 Nov 1994 24:00:00 GMT',
  'Sun, 06 Nov 1994 08:49:60 GMT', 'Foo, 06 Nov 1994 08:49:37 GMT', '06 Nov 1994 08:49:37 GMT', '1994-11-06T08:49:37Z',
  'Sun, 06 Nov 1994 08:49:37 UTC', 'Sun, 06 Nov 1994 08:49:37 +0000', 'Sun, 06 Nov 1994 8:49:37 GMT',
  'Sun, 06 November 1994 08:49:37 GMT', 'Sun, 06 Nov 994 08:49:37 GMT', 'Sun, 06 Nov 1994 08:49:37 GMT+1',
  'Sun ,06 Nov 1994 08:49:37 GMT', '', 'GMT', 'Sun', '\u2028Sun, 06 Nov 1994 08:49:37 GMT', 'Sun, 06 Nov 1994 08:49:37 GMT\u0085']) addDate(s, false)
while (dateCases.size < 3500) addDate(formatted(randomDate()), true)
const valid = [...dateCases.keys()]
while (dateCases.size < 7000) {
  let s = r.pick(valid)
  const n = r.int(1, 2)
  for (let i = 0; i < n; i++) s = mutate(s)
  addDate(s, false)
}
const dates = [...dateCases].map(([s, form]) => {
  const v = Date.parse(s)
  if (form) assert(!Number.isNaN(v), s)
  return { s: str(s), form, v8: Number.isNaN(v) ? null : v }
})
writeCases('dates.json', dates)

// ---------------------------------------------------------------------------------------------------------------
// decodeURIComponent / encodeURIComponent (null where they throw URIError)

const outcomeOf = (f, s) => { try { return str(f(s)) } catch (e) { assert(e instanceof URIError); return null } }
const encodeChars = () => r.pick(['a', 'Z', '0', '-', '_', '.', '!', '~', '*', "'", '(', ')', ' ', '%', '+', '/', '?',
  '#', '&', '=', ';', ':', '@', ',', '$', '[', ']', '"', '<', '\\', '^', '`', '{', '|', '}', '\u007f', '\u0080', 'é',
  '\u00ff', '\u0100', '\u07ff', '\u0800', '€', '\uffff', '😀', '\ud800', '\udfff', '\udbff', '\udc00', '\u0000', '\n'])
const uriStrings = new Set()
while (uriStrings.size < 2000) uriStrings.add(Array.from({ length: r.int(0, 8) }, encodeChars).join(''))
const encodeCases = [...uriStrings].map((s) => ({ op: 'encode', s: str(s), result: outcomeOf(encodeURIComponent, s) }))

const HEX = '0123456789abcdefABCDEF'
const decodePiece = () => {
  switch (r.int(0, 7)) {
    case 0: return '%' + r.pick(HEX) + r.pick(HEX)
    case 1: return '%' + r.pick(['C', 'c', 'E', 'F', 'D', '8', 'B', '0', '7']) + r.pick(HEX)
    case 2: return '%'
    case 3: return '%' + r.pick(HEX)
    case 4: return '%' + r.pick(['g', 'G', '%', ' ', 'x']) + r.pick(HEX)
    case 5: { const c = encodeChars(); try { return encodeURIComponent(c) } catch { return c } }
    case 6: return r.pick(['%C3%A9', '%E2%82%AC', '%F0%9F%98%80', '%C0%80', '%E0%80%80', '%ED%A0%80', '%F4%90%80%80', '%F8%80', '%C3', '%E2%82', '%C3%28', '%EF%BB%BF'])
    default: return encodeChars()
  }
}
const decodeStrings = new Set(['', '%', '%%', '%2', '%20', '%2g', 'a%20b', '%u0041', '%E2%82%AC', '%e2%82%ac', '%C3%A9%'])
while (decodeStrings.size < 3000) decodeStrings.add(Array.from({ length: r.int(1, 6) }, decodePiece).join(''))
const decodeCases = [...decodeStrings].map((s) => ({ op: 'decode', s: str(s), result: outcomeOf(decodeURIComponent, s) }))
writeCases('uri.json', encodeCases.concat(decodeCases))

// ---------------------------------------------------------------------------------------------------------------
// JSON.stringify(string): QuoteJSONString, lone surrogates escaped (well-formed JSON.stringify, ES2019)

const jsonChars = () => r.pick(['a', ' ', '"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\u0000', '\u0001', '\u001f',
  '\u007f', '\u0080', '\u00e9', '\u2028', '\u2029', '<', '>', '&', "'", '\ud800', '\udbff', '\udc00', '\udfff', '😀', '\ufeff', '\uffff'])
const jsonStrings = new Set(['', '"', '\\', '\ud800', '\udc00', '\ud800\udc00', '\udc00\ud800', 'a\ud800', '\ud83d'])
for (let c = 0; c < 0x20; c++) jsonStrings.add(String.fromCharCode(c))
while (jsonStrings.size < 2000) jsonStrings.add(Array.from({ length: r.int(0, 8) }, jsonChars).join(''))
writeCases('jsonstring.json', [...jsonStrings].map((s) => ({ s: str(s), json: JSON.stringify(s) })))
