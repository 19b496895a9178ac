'use strict'
// content-type 1.0.5 and media-typer 1.1.1: the cases of benchmarks/Packages/ContentTypeBenchmarks.cs.
// Run: node --expose-gc benchmarks/node/content-type.js
const contentType = require('content-type')
const typer = require('media-typer')
const { suite } = require('./lib/bench')

const formatValue = { type: 'text/html', parameters: { charset: 'utf-8', foo: 'bar or "baz"' } }

function tryParse (header) {
  try {
    contentType.parse(header)
    return true
  } catch (e) {
    return false
  }
}

suite('content-type', {
  'parse: type': () => contentType.parse('application/json'),
  'parse: charset': () => contentType.parse('text/html; charset=utf-8'),
  'parse: boundary': () => contentType.parse('multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW'),
  'parse: quoted and escaped': () => contentType.parse('Text/HTML; Charset="UT\\F-8"; foo=bar'),
  'parse: invalid (TryParse)': () => tryParse('text/html;;'),
  'format: two parameters': () => contentType.format(formatValue),
  'media-typer parse': () => typer.parse('image/svg+xml'),
  'media-typer test': () => typer.test('application/vnd.api+json')
})
