'use strict'
// Conformance fixtures for npm type-is 2.1.0 (Koa 3.3.0's ctx.is / response.is): typeis.is(value, types),
// typeis(req, types), typeis.hasBody(req), typeis.normalize(type) and typeis.match(expected, actual) over generated
// media types, Content-Type headers (parsed leniently by content-type 2.1.0), type arguments and request headers.
// Results are recorded as returned (false and null are both null in C#). Usage: node generate.js (from this folder).
const path = require('path')
const typeis = require('type-is')
const mime = require('mime-types')
const { rng, writeCases } = require('../lib/random')
const { builders, enc, SUBTYPES, NOISE } = require('../content-type/inputs')

const r = rng(0x7e915)
const b = builders(r)

const TYPE_ARGS = ['json', 'html', 'png', '.png', 'jpeg', '.jpeg', 'bogus', 'js', 'mjs', 'xml', 'txt', 'text', 'svg',
  'urlencoded', 'multipart', '+json', '+xml', '+', '+json/x', 'text/*', '*/*', 'image/*', '*/png', '*/html',
  'application/*', 'application/*+json', 'text/*+json', '*/*+json', '*/*+xml', 'application/json', 'text/html',
  'text/html/', 'something/bogus*', 'image/png', 'image/jpeg', 'multipart/*', 'multipart/form-data',
  'application/x-www-form-urlencoded', 'application/vnd+json', '*/vnd+json', '', '*', '**', '*/', '/*', '/', 'TEXT/HTML',
  'text/HTML', 'JSON', 'Json', '.JSON', 'x.json', 'a/b/c.json', '\u212aml', 'kml', 'URLENCODED', ' json', 'json ',
  'text/*+', '*/+json', 'application/+json', 'application/json+', 'wav', 'mp4', 'rtf', 'csv', 'md', 'markdown']

function typeArg () {
  switch (r.int(0, 9)) {
    case 0: return b.mediaType(0.2)
    case 1: return b.corrupt(r.pick(TYPE_ARGS), 1)
    case 2: return '*/' + r.pick(SUBTYPES)
    default: return r.pick(TYPE_ARGS)
  }
}

// A type argument likely to match the value: its own type, wildcards around it, its suffix, its extension.
function related (v) {
  const t = String(v).split(';')[0].trim().toLowerCase()
  const [type, subtype = ''] = t.split('/')
  const plus = subtype.lastIndexOf('+')
  return r.pick([t, t.toUpperCase(), type + '/*', '*/' + subtype, '*/*', plus < 0 ? '+json' : subtype.slice(plus),
    type + '/*' + (plus < 0 ? '' : subtype.slice(plus)), mime.extension(t) || 'bin', '.' + (mime.extension(t) || 'x')])
}

function typeList (v) {
  const n = r.pick([0, 1, 1, 1, 2, 2, 3, 4])
  const list = []
  for (let i = 0; i < n; i++) list.push(r.chance(0.03) ? null : v !== undefined && r.chance(0.7) ? related(v) : typeArg())
  return list
}

function value () {
  switch (r.int(0, 9)) {
    case 0: case 1: return b.header()
    case 2: return r.pick(['', ' ', ';', 'bogus', '\t', 'text/html,application/json', 'text/html;;;', 'text/html;charset="'])
    case 3: return r.pick(['\t', ' ', '  ', '']) + b.mediaType(0.1) + r.pick(['\t', ' ', '', ';', '; charset=utf-8', ' ;a', '\t;'])
    case 4: return b.caseVariant(r.pick(['application/json', 'text/html', 'image/png', 'multipart/form-data',
      'application/x-www-form-urlencoded', 'application/vnd+json', 'application/ld+json', 'text/plain', 'text/xml',
      'application/xml', 'text/javascript', 'audio/wav', 'video/mp4'])) + r.pick(['', '; charset=utf-8', ';boundary=x'])
    default: return b.mediaType(0.05)
  }
}

// typeis.is(value, types): the flattened and the array forms are the same call; no types returns the type.
const isCases = []
for (const [v, types] of [['text/html; charset=utf-8', ['text/*']], ['text/HTML', ['text/*']], ['text/html**', ['text/*']],
  ['text/html', ['text/html/']], ['image/png', []], ['image/png', ['png']], ['image/png', ['.png']],
  ['application/vnd+json', ['+json']], ['text/html;;;', ['html']], ['text/html;charset="', ['html']],
  ['text/html,application/json', ['html']], ['text/html', ['html', 'text/*']], ['text/html', ['text/*', 'html']],
  ['text/\u212aey', []], ['application/json', ['+']], ['a/b', ['*/b']]]) {
  isCases.push(enc({ value: v, types, result: typeis.is(v, types) }))
}
while (isCases.length < 6000) {
  const v = value()
  const types = typeList(v)
  isCases.push(enc({ value: v, types, result: typeis.is(v, types) }))
}

// typeis(req, types): null without a body, else is(content-type, types).
const LENGTHS = ['0', '1', '42', '', ' ', ' 12 ', '\t5\t', '\u00a07', '\ufeff8', '\u00859', 'bogus', '1e3', '1e', '.5',
  '5.', '.', '+5', '-5', '+', '-', '0x1A', '0X1a', '0x', '0xg', '-0x1', '0o17', '0o8', '0b101', '0b2', '0B1',
  'Infinity', '-Infinity', '+Infinity', 'infinity', 'NaN', '1_000', '１', '00012', '1,000', '1 2', '12abc', '\n3\n',
  '9'.repeat(400), '1e999', '0.0.0', 'e5', '5e+3', '5e-3', '5E3', '\u2028 4 \u3000', '\u200b4']
function headers () {
  const h = {}
  if (r.chance(0.7)) h['content-type'] = value()
  if (r.chance(0.4)) h['transfer-encoding'] = r.pick(['chunked', '', 'gzip, chunked', 'identity'])
  if (r.chance(0.6)) h['content-length'] = r.pick(LENGTHS)
  return h
}
const requestCases = []
while (requestCases.length < 2000) {
  const h = headers()
  const types = typeList(h['content-type'])
  requestCases.push(enc({ headers: h, types, result: typeis({ headers: h }, types), hasBody: typeis.hasBody({ headers: h }) }))
}

const hasBodyCases = []
for (const length of LENGTHS) {
  hasBodyCases.push(enc({ headers: { 'content-length': length }, result: typeis.hasBody({ headers: { 'content-length': length } }) }))
}
while (hasBodyCases.length < 1000) {
  const length = r.chance(0.5)
    ? r.pick(['', ' ', '+', '-', '.', '0x', '0o', '0b', '']) + b.long('0123456789abcdefxob.e+- \tIinfty', 0, 6)
    : b.corrupt(r.pick(LENGTHS), 0.7)
  const h = { 'content-length': length }
  if (r.chance(0.1)) h['transfer-encoding'] = 'chunked'
  hasBodyCases.push(enc({ headers: h, result: typeis.hasBody({ headers: h }) }))
}

const normalizeCases = []
for (const t of TYPE_ARGS) normalizeCases.push(enc({ type: t, result: typeis.normalize(t) }))
while (normalizeCases.length < 5000) {
  const t = r.chance(0.5) ? typeArg() : b.corrupt(r.pick(TYPE_ARGS), 0.8)
  normalizeCases.push(enc({ type: t, result: typeis.normalize(t) }))
}

const MATCH = ['text/html', 'text/plain', 'text/xml', 'application/html', 'text/html+xml', '*/html', 'text/*', '*/*',
  '*/*+xml', 'application/xml', 'application/vnd+json', 'application/*+json', '*/+json', 'a/+json', 'a/*+', 'a/+',
  '*/*+', '*+json', 'text', 'text/html/x', '/html', 'text/', '', '*/', '/*', 'TEXT/HTML', 'text/HTML', '*/**',
  'image/svg+xml', 'image/*+xml', '*/svg+xml', 'image/svg', 'a/b+c+d', '*/*+c+d', '*/*+d']
const matchCases = []
for (const e of MATCH) for (const a of MATCH) matchCases.push(enc({ expected: e, actual: a, result: typeis.match(e, a) }))
while (matchCases.length < 5000) {
  const e = r.chance(0.7) ? r.pick(MATCH) : b.corrupt(r.pick(MATCH), 1)
  const a = r.chance(0.7) ? r.pick(MATCH) : b.corrupt(r.pick(MATCH), 1)
  matchCases.push(enc({ expected: e, actual: a, result: typeis.match(e, a) }))
}
matchCases.push(enc({ expected: false, actual: 'text/html', result: typeis.match(false, 'text/html') }))
if (NOISE.length === 0) throw new Error('inputs missing')

writeCases(path.join(__dirname, 'is.json'), isCases)
writeCases(path.join(__dirname, 'request.json'), requestCases)
writeCases(path.join(__dirname, 'hasBody.json'), hasBodyCases)
writeCases(path.join(__dirname, 'normalize.json'), normalizeCases)
writeCases(path.join(__dirname, 'match.json'), matchCases)
