'use strict'
// Conformance fixtures for npm mime-types 3.0.2 over mime-db 1.54.0 (Koa 3.3.0's response.type, type-is) and
// mime-types 2.1.35 over mime-db 1.52.0 (accepts 1.3.8):
//   tables.json      both versions' full `types` (extension -> type) and `extensions` (type -> extensions) maps
//   extensions.json  lookup() of every extension of both databases, bare, with a dot in upper case and in a path
//   types.json       extension(), charset() and contentType() of every type of both databases
//   generated.json   lookup/contentType/extension/charset over generated paths and types, hostile ones included
// false is recorded as false (null in C#). Usage: node generate.js (from this folder).
const path = require('path')
const current = require('mime-types')
const legacy = require('mime-types-2')
const db = require('mime-db')
const db152 = require('mime-db-1.52')
const { rng, writeCases } = require('../lib/random')
const { builders, enc } = require('../content-type/inputs')

const r = rng(0x313e)
const b = builders(r)

const both = (fn, input) => ({ current: current[fn](input), legacy: legacy[fn](input) })

const tables = {
  '3.0.2': { types: current.types, extensions: current.extensions },
  '2.1.35': { types: legacy.types, extensions: legacy.extensions }
}
require('fs').writeFileSync(path.join(__dirname, 'tables.json'), JSON.stringify(tables) + '\n')
process.stdout.write(`${path.join(__dirname, 'tables.json')}: ${Object.keys(current.types).length} + ${Object.keys(legacy.types).length} extensions\n`)

const allExtensions = [...new Set([db, db152].flatMap((d) => Object.values(d).flatMap((m) => m.extensions || [])))].sort()
const allTypes = [...new Set([...Object.keys(db), ...Object.keys(db152)])].sort()

const extensionCases = []
for (const ext of allExtensions) {
  for (const input of [ext, '.' + ext.toUpperCase(), 'dir/sub.dir/File.' + ext]) {
    extensionCases.push({ input, ...both('lookup', input) })
  }
}

const typeCases = allTypes.map((type) => ({
  type,
  extension: [current.extension(type), legacy.extension(type)],
  charset: [current.charset(type), legacy.charset(type)],
  contentType: [current.contentType(type), legacy.contentType(type)]
}))

const FIXED_TYPES = ['application/json', 'application/json; foo=bar', 'application/javascript', 'application/JavaScript',
  'text/html', 'TEXT/HTML', 'text/x-bogus', 'application/x-bogus', 'application/octet-stream', 'text/html; charset=iso-8859-1',
  ' text/html', 'text/html ', 'text/html;charset=UTF-8', 'text/HTML; charset=UTF-8', 'text/html ; charset=UTF-8',
  'bogus', '', ' ', ';', 'text/', 'text', 'Text/', '\u00a0text/html', '\ufefftext/html', '\u0085text/html',
  'text/html\u2028', 'application/vnd.google-earth.\u212aml+xml', 'application/charset', 'a/b; CHARSET=x', 'text/plain; charset',
  'text/html\u0000', '\u200btext/html', 'json', 'html', '.html', 'jade', 'bogus', 'markdown', 'bin', 'xml', 'js']
const generatedCases = []
for (const input of FIXED_TYPES) {
  for (const fn of ['contentType', 'extension', 'charset', 'lookup']) generatedCases.push({ fn, input, ...both(fn, input) })
}
function typeInput () {
  switch (r.int(0, 5)) {
    case 0: return b.header()
    case 1: return b.corrupt(r.pick(allTypes), 0.8)
    case 2: return r.pick(['', ' ', '\t', '\u00a0', '\u2028']) + b.caseVariant(r.pick(allTypes)) + r.pick(['', ' ', ';', '; charset=x', '\t;a', ',x'])
    case 3: return b.path(allExtensions)
    default: return b.caseVariant(r.pick(allTypes))
  }
}
for (let i = 0; i < 2500; i++) {
  const fn = r.chance(0.8) ? 'lookup' : 'contentType'
  const input = b.path(allExtensions)
  generatedCases.push({ fn, input, ...both(fn, input) })
}
for (let i = 0; i < 2500; i++) {
  const fn = r.pick(['contentType', 'extension', 'charset'])
  const input = typeInput()
  generatedCases.push({ fn, input, ...both(fn, input) })
}

writeCases(path.join(__dirname, 'extensions.json'), extensionCases.map(enc))
writeCases(path.join(__dirname, 'types.json'), typeCases.map(enc))
writeCases(path.join(__dirname, 'generated.json'), generatedCases.map(enc))
