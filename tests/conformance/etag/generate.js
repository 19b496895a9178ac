'use strict'
// Conformance fixtures for npm etag 1.8.1 (what koa-etag 5.0.0 resolves): etag(entity, options) over generated
// strings (ASCII, Unicode, lone surrogates, up to 100 KB), Buffers and stats objects ({ size, mtime }), with
// weak unset / true / false. Strings that are not well-formed UTF-16 are stored as code units (lone surrogates cannot round-trip as JSON
// strings into .NET), Buffers as base64, stats as { size, mtimeMs }.
// Usage: node generate.js (from this folder).
const path = require('path')
const etag = require('etag')
const { rng, writeCases } = require('../lib/random')

const r = rng(0xe7a61)
const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz0123456789 ',
  '"\\/<>{}[],:;\'\t\r\n\u0000\u007f',
  '\u00e9\u00fc\u00df\u20ac\u8bba\u4e2d\u6587',
  '\ud83d\ude00\ud83d\udca9',
  '\ud800\udbff\udc00\udfff'
]

function randomString () {
  const size = r.chance(0.004) ? r.int(10000, 100000) : r.chance(0.1) ? 0 : r.int(1, 300)
  const alphabet = Array.from(ALPHABETS.filter(() => r.chance(0.6)).join('') || ALPHABETS[0])
  let s = ''
  for (let i = 0; i < size; i++) s += alphabet[Math.floor(r.next() * alphabet.length)]
  return s
}

function randomBytes () {
  const size = r.chance(0.004) ? r.int(10000, 100000) : r.chance(0.1) ? 0 : r.int(1, 300)
  const b = Buffer.alloc(size)
  for (let i = 0; i < size; i++) b[i] = r.int(0, 255)
  return b
}

function randomStats () {
  const size = r.pick([0, 1, 15, 16, 255, 4096, r.int(0, 1e6), r.int(0, 2 ** 31), r.int(0, Number.MAX_SAFE_INTEGER)])
  const mtimeMs = r.pick([0, 1, -1, 1409583127000, r.int(0, 4102444800000), r.int(-62135596800000, 253402300799999), r.int(-1e12, 0)])
  const mtime = new Date(mtimeMs)
  return { size, mtime, ctime: mtime, ino: r.int(0, 1e9) }
}

function weakOption () {
  const w = r.pick([undefined, true, false])
  return w === undefined ? { weak: null, options: undefined } : { weak: w, options: { weak: w } }
}

const cases = []
for (let i = 0; i < 2500; i++) {
  const s = randomString()
  const { weak, options } = weakOption()
  cases.push(s.isWellFormed() ? { kind: 'string', text: s, weak, etag: etag(s, options) } : { kind: 'string', units: Array.from({ length: s.length }, (_, k) => s.charCodeAt(k)), weak, etag: etag(s, options) })
}
for (let i = 0; i < 1800; i++) {
  const b = randomBytes()
  const { weak, options } = weakOption()
  cases.push({ kind: 'bytes', base64: b.toString('base64'), weak, etag: etag(b, options) })
}
for (let i = 0; i < 1200; i++) {
  const st = randomStats()
  const { weak, options } = weakOption()
  cases.push({ kind: 'stats', size: st.size, mtimeMs: st.mtime.getTime(), weak, etag: etag(st, options) })
}
// The 5 KB body of upstream's tests (its seedrandom bytes are replaced by this generator's, the value is node's).
const five = Buffer.alloc(5 * 1024)
const r5 = rng(0x5cb)
for (let i = 0; i < five.length; i++) five[i] = (r5.next() * 94 + 32) | 0
cases.push({ kind: 'bytes', name: '5kb', base64: five.toString('base64'), weak: null, etag: etag(five) })
writeCases(path.join(__dirname, 'etag.json'), cases)
