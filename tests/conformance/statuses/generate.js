'use strict'
// Fixtures for packages/Statuses: runs statuses 2.0.2 over every code 100-999 and over generated strings
// (messages in every case, numeric strings as parseInt reads them, hostile text), and records the tables.
// Run: node generate.js (from this folder). Deterministic (seeded).
const path = require('path')
const http = require('http')
const status = require('statuses')
const { rng, writeCases, outcome } = require('../lib/random')

const r = rng(0x57a7)
const out = (name) => path.join(__dirname, name)

// 1. status(number) for every code 100-999 (plus a few outside), with the three sets.
const codes = []
for (let code = 100; code <= 999; code++) codes.push(code)
codes.push(0, -1, 99, 1000, 65536, 2147483647, -2147483648)
writeCases(out('codes.json'), codes.map((code) => ({
  code,
  ...outcome(() => status(code)),
  message: status.message[code] === undefined ? null : status.message[code],
  redirect: status.redirect[code] === true,
  empty: status.empty[code] === true,
  retry: status.retry[code] === true
})))

// 2. status(string): messages in many spellings, numeric strings, hostile input.
const messages = Object.values(status.message)
const inputs = new Set()
const add = (s) => inputs.add(s)
const caseMix = (s) => s.split('').map((c) => (r.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('')
const jsSpaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']
const notSpaces = ['\u180e', '\u200b', '\u0085', '\u0000', '\u001f']
for (const m of messages) {
  add(m); add(m.toLowerCase()); add(m.toUpperCase()); add(caseMix(m)); add(caseMix(m))
  add(' ' + m); add(m + ' '); add(m.replace(/ /g, '  ')); add(m.replace(/ /g, '\t'))
  add(m.slice(0, -1)); add(m + 's')
  if (/k/i.test(m)) { add(m.replace(/k/gi, '\u212a')); add(m.replace(/k/i, '\u212a').toUpperCase()) }
  if (/i/i.test(m)) { add(m.replace(/i/gi, '\u0130')); add(m.replace(/i/gi, '\u0131')) }
  if (/s/i.test(m)) add(m.replace(/s/gi, '\u017f')) // LATIN SMALL LONG S upper-cases to S but lower-cases to itself
}
for (const code of Object.keys(status.message)) {
  add(code); add(' ' + code); add(code + ' '); add('+' + code); add('-' + code); add(code + 'abc'); add(code + '.5')
  add('0' + code); add('00' + code); add(code + 'e2'); add(r.pick(jsSpaces) + r.pick(jsSpaces) + code)
  add(r.pick(notSpaces) + code)
}
for (let i = 0; i < 120; i++) add(String(r.int(-1200, 1200)))
for (const s of ['', ' ', '-', '+', '-0', '+0', '0', '00', '0x1F4', '0b1', '1e3', '4.04e2', '.5', '-.5', '404.9', '\u0664\u0660\u0664', '\uff14\uff10\uff14',
  'Infinity', '-Infinity', 'NaN', 'null', 'undefined', 'true', 'constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf',
  'prototype', 'length', 'ok ', '"OK"', "'OK'", 'O\u0000K', 'O\u00adK', 'ok\u200b', '\u212aelvin', 'o\u212a', 'O\u212A',
  '99999999999999999999', '100000000000000000000', '123456789012345678901', '1234567890123456789012345',
  '9'.repeat(308), '9'.repeat(309), '1' + '0'.repeat(400), '-' + '9'.repeat(30), '200' + '0'.repeat(30)]) add(s)
const alphabet = Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -\'"\\\t\u00e9\u00df\u212a\u0130\u4e2d\ud83d\ude00') // code points: no lone surrogates (JSON readers reject them)
while (inputs.size < 2000) add(r.string(alphabet, 0, 40))
writeCases(out('messages.json'), [...inputs].map((input) => ({ input, ...outcome(() => status(input)) })))

// 3. The tables as upstream exports them, and Node's own STATUS_CODES (upstream's ".codes should include codes from Node.js").
// Also every BMP character outside ASCII whose toLowerCase() is pure ASCII: the C# lowering special-cases exactly these.
const lowersToAscii = []
for (let c = 0x80; c <= 0xffff; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue
  const lower = String.fromCharCode(c).toLowerCase()
  if (/^[\x00-\x7f]+$/.test(lower)) lowersToAscii.push({ char: c, lower })
}
require('fs').writeFileSync(out('tables.json'), JSON.stringify({
  message: status.message,
  code: status.code,
  codes: status.codes,
  redirect: Object.keys(status.redirect).map(Number),
  empty: Object.keys(status.empty).map(Number),
  retry: Object.keys(status.retry).map(Number),
  node: { version: process.version, statusCodes: Object.keys(http.STATUS_CODES).map(Number) },
  lowersToAscii
}, null, 1) + '\n')
process.stdout.write(`${out('tables.json')}\n`)
