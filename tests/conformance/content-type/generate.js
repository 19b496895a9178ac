'use strict'
// Conformance fixtures for npm content-type 1.0.5 (Koa 3.3.0's request.charset): parse(string) over generated
// Content-Type headers (valid and hostile) and format(obj) over generated objects; records the value or the
// error message. Usage: node generate.js (from this folder).
const path = require('path')
const contentType = require('content-type')
const { rng, writeCases, outcome } = require('../lib/random')
const { builders, enc, TOKENS, VALUES, NOISE } = require('./inputs')

const r = rng(0xc0417e)
const b = builders(r)

// Fixed cases first: the upstream examples and the edge cases the port documents.
const FIXED = ['text/html', 'image/svg+xml', ' text/html ', 'text/html; charset=utf-8; foo=bar',
  'text/html ; charset=utf-8 ; foo=bar', 'IMAGE/SVG+XML', 'text/html; Charset=UTF-8', 'text/html; charset="UTF-8"',
  'text/html; charset = "UT\\F-\\\\\\"8\\""', 'text/html; param="charset=\\"utf-8\\"; foo=bar"; bar=foo',
  ' ', 'null', 'undefined', '/', 'text / plain', 'text/;plain', 'text/"plain"', 'text/p£ain', 'text/(plain)',
  'text/@plain', 'text/plain,wrong', 'text/plain; foo="bar', 'text/plain; profile=http://localhost; foo=bar',
  'text/plain; profile=http://localhost', 'text/html;', 'text/html;;', 'text/html; charset=utf-8;',
  'text/html; charset=utf-8 ', 'text/html; charset=utf-8\t', 'text/html;\tcharset=utf-8', 'text/html; a=1; A=2',
  'text/html; a="\t"', 'text/html; a="\u000b"', 'text/html; a="\\\t"', 'text/html; a="\\\u000b"',
  'text/html; a="\u00ff\u0080"', 'text/html; a="\u0100"', '\ufefftext/html', '\u00a0text/html\u3000',
  'text/html\u0085', '\u2028text/html\u2029; a=b', 'text/\u212aey', 'text/html; __proto__=x; constructor=y',
  'text/html; 2=b; 1=a; z=c', 'text/html; a=""', 'text/html; a="', 'text/html; a="\\"', 'text/html; =a', 'text/html; a=']

const parseCases = []
const seen = new Set()
function addParse (input) {
  if (seen.has(input)) return
  seen.add(input)
  const result = outcome(() => {
    const value = contentType.parse(input)
    return { type: value.type, parameters: Object.fromEntries(Object.entries(value.parameters)) }
  })
  parseCases.push(enc({ input, ...result }))
}
FIXED.forEach(addParse)
while (parseCases.length < 6000) addParse(b.header())

// format(obj): types valid and not, parameter names and values of every kind.
const formatCases = []
const FORMAT_VALUES = VALUES.concat(['bar or "baz"', 'a\\b', 'a b', '\u000b', '\t', '\u0000', '\u007f', '\u0080',
  '\u00ff', '\u0100', 'caf\u00e9', '\ud83d\ude00', '""', '\\', '"', 'x=y', 'a;b', '\n'])
function formatInput () {
  const type = r.chance(0.85) ? b.mediaType(0.2) : r.pick(['', ' text/html', 'text/', 'text/html ', 'TEXT/HTML', 'a/b'])
  const obj = { type }
  if (r.chance(0.8)) {
    const parameters = {}
    const n = r.int(0, 4)
    for (let i = 0; i < n; i++) {
      const key = r.chance(0.85) ? b.caseVariant(r.pick(TOKENS)) : b.corrupt(r.pick(TOKENS), 1)
      let value = r.chance(0.7) ? r.pick(FORMAT_VALUES) : b.corrupt(r.pick(VALUES), 0.9)
      if (r.chance(0.1)) value += r.pick(NOISE)
      parameters[key] = value
    }
    obj.parameters = parameters
  }
  return obj
}
for (const fixed of [{ type: 'text/html' }, { type: 'image/svg+xml' }, { type: 'text/html', parameters: { charset: 'utf-8' } },
  { type: 'text/html', parameters: { foo: 'bar or "baz"' } }, { type: 'text/html', parameters: { foo: '' } },
  { type: 'text/html', parameters: { charset: 'utf-8', foo: 'bar', bar: 'baz' } }, { type: '' }, { type: 'text/' },
  { type: ' text/html' }, { type: 'image/svg', parameters: { 'foo/': 'bar' } }, { type: 'image/svg', parameters: { foo: 'bar\u0000' } },
  { type: 'text/html', parameters: { b: 'x', B: 'y', a: '\u000b', _: '\t' } }]) {
  formatCases.push(formatCase(fixed))
}
while (formatCases.length < 2000) formatCases.push(formatCase(formatInput()))

// Parameter names may be hostile (lone surrogates), so they are written as [name, value] pairs in key order.
function formatCase (obj) {
  const input = { type: obj.type }
  if (obj.parameters) input.parameters = Object.keys(obj.parameters).map((k) => [k, obj.parameters[k]])
  return enc({ input, ...outcome(() => contentType.format(obj)) })
}

writeCases(path.join(__dirname, 'parse.json'), parseCases)
writeCases(path.join(__dirname, 'format.json'), formatCases)
