'use strict'
// Conformance fixtures for npm compressible 2.0.18 over mime-db 1.54.0 (koa-compress 5.2.2 resolves them): every
// mime-db type as it is, upper-cased, with parameters and white space around it, plus generated types (the
// text/* and +json/+text/+xml fallbacks, unknown types, hostile text). Records true, false or null (undefined).
// Usage: node generate.js (from this folder).
const path = require('path')
const db = require('mime-db')
const compressible = require('compressible')
const { rng, writeCases } = require('../lib/random')

const r = rng(0xc0de5)
const cases = []
const add = (type) => { const v = compressible(type); cases.push({ type, value: v === undefined ? null : v }) }

for (const type of Object.keys(db)) {
  add(type)
  add(type.toUpperCase())
  add(type + '; charset=utf-8')
  add(' \t' + type + ' ; charset="utf-8"')
  add(type + '\n')
}

const TOPS = ['text', 'TEXT', 'Text', 'application', 'image', 'something', 'data', 'can', 'x', '', 'te\u212Axt', 'text\u00a0']
const SUBS = ['plain', 'html', 'penguins', 'frog+TEXT', '+json', 'beans+xml', 'a+Xml', 'vnd.x+json', 'nope', 'worms+xml;blaaaah',
  'json;askjkl+json', 'x+json ', 'x+jso', 'x+\u212Aml', 'a+json\u0000', 'png', 'svg+xml', 'vnd.api+json', 'ld+json']
const NOISE = ['', ' ', ';', 'cats', 'text', 'text/', '/json', '+json', '\u00a0text/html', '\ufefftext/html', 'text/html\u2028',
  'TEXT\u0130/html', '\u0130+json', 'application/json;', ' ;application/json', '\u180etext/html']

for (let i = 0; i < 3000; i++) {
  switch (r.int(0, 4)) {
    case 0: add(r.pick(NOISE)); break
    case 1: add(r.pick(TOPS) + '/' + r.pick(SUBS) + r.pick(['', '', '; charset=utf-8', ' ;q=1', '\t'])); break
    default: add(r.pick(['', ' ', '\t', '\n']) + r.string('abcdefghijklmnopqrstuvwxyzABCXYZ0123456789+-./; \t', 0, 24))
  }
}

writeCases(path.join(__dirname, 'compressible.json'), cases)
