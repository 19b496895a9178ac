'use strict'
// Conformance fixtures for npm media-typer 1.1.1 (type-is 2.1.0 depends on it): parse(string) and test(string)
// over generated media types (valid, at the 127-character limits, and hostile), and format(obj) over generated
// objects; records the value or the error message. Usage: node generate.js (from this folder).
const path = require('path')
const typer = require('media-typer')
const { rng, writeCases, outcome } = require('../lib/random')
const { builders, enc, TYPES, SUBTYPES, NOISE } = require('../content-type/inputs')

const r = rng(0x7e9e4)
const b = builders(r)

const FIXED = ['text/html', 'image/svg+xml', 'IMAGE/SVG+XML', ' ', 'null', 'undefined', '/', 'text/;plain',
  'text/"plain"', 'text/p£ain', 'text/(plain)', 'text/@plain', 'text/plain,wrong', '', '  text/html  ', '\ttext/html',
  'text/html\t', 'text/html+', 'text/+html', 'text/a+b+c', 'text/.html', 'text/html.', 'a/b', '0/0', '*/*', 'text/*',
  'text/\u212aey', '\u212a/\u212a', 'text/\u0130', 'text/\u0131', 'text/\u017f', 'a.b/c', 'a+b/c', '-a/b', 'a/-b',
  'a'.repeat(127) + '/b', 'a'.repeat(128) + '/b', 'a/' + 'b'.repeat(127), 'a/' + 'b'.repeat(128),
  'a/' + 'b'.repeat(126) + '\u212a', 'text/html; charset=utf-8', 'text/html ', 'text/html\n', 'text / html']

const cases = []
const seen = new Set()
function add (input) {
  if (seen.has(input)) return
  seen.add(input)
  const parsed = outcome(() => Object.assign({}, typer.parse(input)))
  cases.push(enc({ input, parse: parsed, test: typer.test(input) }))
}
FIXED.forEach(add)
while (cases.length < 6000) {
  switch (r.int(0, 5)) {
    case 0: add(b.header()); break
    case 1: add(r.pick(['', ' ', '  ', '\t']) + b.mediaType(0.1) + r.pick(['', ' ', '  ', '\t', '\n'])); break
    default: add(b.mediaType(0.3))
  }
}

const formatCases = []
const PART_NOISE = NOISE.concat(['', '.', '+', 'a.b', 'a+b', 'A', '\u212a'])
function part (list) {
  switch (r.int(0, 9)) {
    case 0: return r.pick(PART_NOISE)
    case 1: return b.corrupt(r.pick(list), 1)
    case 2: return 'a' + b.long('abcdefghijklmnopqrstuvwxyz0123456789!#$&^_-', 125, 128)
    default: return b.caseVariant(r.pick(list))
  }
}
for (const fixed of [{ type: 'text', subtype: 'html' }, { type: 'image', subtype: 'svg', suffix: 'xml' }, {},
  { type: 'text/' }, { type: 'text' }, { type: 'text', subtype: 'html/' }, { type: 'image', subtype: 'svg', suffix: 'xml\\' },
  { type: 'text', subtype: 'html', suffix: '' }, { type: 'TEXT', subtype: 'HTML', suffix: 'XML' }, { type: 'a', subtype: 'b.c+d' }]) {
  formatCases.push(enc({ input: fixed, ...outcome(() => typer.format(fixed)) }))
}
while (formatCases.length < 1500) {
  const input = { type: part(TYPES), subtype: part(SUBTYPES) }
  if (r.chance(0.5)) input.suffix = part(['xml', 'json', 'zip', 'gzip', 'ber', 'der', 'wbxml', 'cbor'])
  formatCases.push(enc({ input, ...outcome(() => typer.format(input)) }))
}

writeCases(path.join(__dirname, 'parse.json'), cases)
writeCases(path.join(__dirname, 'format.json'), formatCases)
