'use strict'
// Conformance fixtures for npm bytes 3.1.2 (koa-compress 5.2.2 resolves it): bytes.parse over generated size
// strings (units in every case, signs, decimals, spaces, junk, huge digit runs) and bytes.format over generated
// numbers and options. parse records the number (or null); format records the string (or null).
// Usage: node generate.js (from this folder).
const path = require('path')
const bytes = require('bytes')
const { rng, writeCases } = require('../lib/random')

const r = rng(0xb17e5)

const UNITS = ['b', 'kb', 'mb', 'gb', 'tb', 'pb', 'B', 'KB', 'Kb', 'kB', 'MB', 'GB', 'TB', 'PB', 'pB', 'xb', 'k', 'bb', '']
const NOISE = ['', ' ', 'abc', 'foobar', '0x11', '1e3', '1e3kb', '.5kb', '1.kb', '1..5kb', '+1kb', '-1kb', '--1kb',
  '1 kb ', ' 1kb', '1\tkb', '1\u00a0kb', '1kb\n', '\u212Akb', '1\u212Ab', '1\u017fb', 'Infinity', '-Infinity', 'NaN',
  '1_000', '١٢kb', '\uff11kb', '1,5kb', '12abc', ' 12abc', '\t\n 42', '1.9', '-0', '-0kb', '0.0001kb']

function digits (min, max) { return r.string('0123456789', min, max) }

function sizeString () {
  switch (r.int(0, 5)) {
    case 0: return r.pick(NOISE)
    case 1: return digits(1, 400) + r.pick(['', 'kb', 'pb', 'PB'])
    default: {
      let s = r.pick(['', '', '', '-', '+'])
      s += digits(1, r.chance(0.1) ? 25 : 6)
      if (r.chance(0.5)) s += '.' + digits(r.chance(0.1) ? 0 : 1, 8)
      s += r.pick(['', '', ' ', '  ', '\t'])
      s += r.pick(UNITS)
      if (r.chance(0.05)) s += r.pick([' ', 'x', '\n'])
      return s
    }
  }
}

const parse = []
for (let i = 0; i < 4000; i++) {
  const input = sizeString()
  const value = bytes.parse(input)
  parse.push({ input, value: value === null ? null : String(value) })
}

const SPECIAL = [0, -0, 1, -1, 1023, 1024, 1025, 1536, 1000, 1005.1005 * 1024, 1.2 * 1048576, 0.5, 0.125, 1.005 * 1024,
  Math.pow(1024, 5), Math.pow(1024, 6), 1e21 * Math.pow(1024, 5), 1.5e40, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE,
  Number.MIN_VALUE, -Number.MAX_VALUE, NaN, Infinity, -Infinity, 1e300, 123456789012345680000]

function number () {
  switch (r.int(0, 6)) {
    case 0: return r.pick(SPECIAL)
    case 1: return r.int(-5000, 5000)
    case 2: return (r.next() - 0.5) * Math.pow(2, r.int(0, 70))
    case 3: return Math.floor(r.next() * Math.pow(1024, r.int(1, 6)))
    case 4: return r.int(0, 999) / r.pick([8, 100, 1000, 16])
    default: return r.next() * Math.pow(10, r.int(-3, 25))
  }
}

function options () {
  if (r.chance(0.3)) return undefined
  const o = {}
  if (r.chance(0.4)) o.decimalPlaces = r.chance(0.05) ? r.pick([20, 50, 100]) : r.int(0, 6)
  if (r.chance(0.3)) o.fixedDecimals = true
  if (r.chance(0.3)) o.thousandsSeparator = r.pick([',', '.', ' ', '_', '\u00a0', 'ab'])
  if (r.chance(0.3)) o.unit = r.pick(UNITS.concat(['\u212AB', 'Mb', 'x']))
  if (r.chance(0.3)) o.unitSeparator = r.pick([' ', '\t', '-', ' / '])
  return o
}

const format = []
for (let i = 0; i < 4000; i++) {
  const value = number()
  const opts = options()
  format.push({ value: String(value), options: opts === undefined ? null : opts, result: bytes.format(value, opts) })
}

writeCases(path.join(__dirname, 'parse.json'), parse)
writeCases(path.join(__dirname, 'format.json'), format)
