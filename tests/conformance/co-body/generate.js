'use strict'
// Conformance fixtures for co-body 6.2.0's JSON reader: JSON.stringify(JSON.parse(x)) — what a Koa app echoing
// a parsed body sends — over generated JSON texts (numbers in every notation, escapes, duplicate keys, integer keys,
// invalid texts). Only well-formed UTF-16 outputs are kept (System.Text.Json cannot read lone surrogates back).
// Usage: node generate.js (from this folder).
const path = require('path')
const { rng, writeCases } = require('../lib/random')

const r = rng(0xc0b0d7)
const NUMBERS = ['0', '-0', '1', '1.0', '1.50', '1e3', '1E3', '1e+3', '1e-3', '-1.5e-7', '0.1', '123456789012345678901234', '1e21',
  '1e20', '9007199254740993', '5e-324', '1e-7', '1e-6', '0.000001', '1e400', '-1e400', '2.5e15', '1e16', '3.14159265358979323846',
  '01', '1.', '.5', '+1', '-', '1e', '0x10', 'NaN', 'Infinity']
const STRINGS = ['"a"', '"\\u00e9"', '"\\n\\t\\\\\\/"', '"\\"q\\""', '"é"', '"\\ud83d\\ude00"', '"😀"', '"\\u0000"', '"bad\\x"', '"\t"', '"unterminated']
const KEYS = ['"a"', '"b"', '"1"', '"0"', '"10"', '"01"', '"-1"', '"4294967295"', '"4294967294"', '""', '"é"', '"a"']
function value (depth) {
  const k = r.int(0, depth > 3 ? 3 : 6)
  switch (k) {
    case 0: return r.pick(NUMBERS)
    case 1: return r.pick(STRINGS)
    case 2: return r.pick(['true', 'false', 'null', 'tru', 'nul'])
    case 3: return r.pick(NUMBERS)
    case 4: case 5: {
      const n = r.int(0, 4)
      const items = []
      for (let i = 0; i < n; i++) items.push(r.pick(KEYS) + r.pick([':', ' : ', ':']) + value(depth + 1))
      return '{' + items.join(r.pick([',', ', ', ' ,'])) + (r.chance(0.03) ? ',' : '') + '}'
    }
    default: {
      const n = r.int(0, 4)
      const items = []
      for (let i = 0; i < n; i++) items.push(value(depth + 1))
      return '[' + items.join(',') + (r.chance(0.03) ? ',' : '') + ']'
    }
  }
}
const cases = []
while (cases.length < 3000) {
  const input = r.pick(['', ' ', '\n']) + value(0) + r.pick(['', ' ', '\r\n'])
  let output
  try {
    output = JSON.stringify(JSON.parse(input))
  } catch (e) {
    cases.push({ input })
    continue
  }
  if (!output.isWellFormed()) continue
  cases.push({ input, output })
}
writeCases(path.join(__dirname, 'json.json'), cases)
