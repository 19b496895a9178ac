'use strict'
// type-is 2.1.0: the cases of benchmarks/Packages/TypeIsBenchmarks.cs (type arrays built once, as there).
// Run: node --expose-gc benchmarks/node/type-is.js
const typeis = require('type-is')
const { suite } = require('./lib/bench')

const json = ['json']
const forms = ['urlencoded', 'multipart', 'json']
const textWildcard = ['text/*']
const jsonSuffix = ['+json']
const req = { headers: { host: 'localhost', 'content-type': 'application/json; charset=utf-8', 'content-length': '42' } }

suite('type-is', {
  'is: extension': () => typeis.is('application/json', json),
  'is: body-parser list': () => typeis.is('application/json; charset=utf-8', forms),
  'is: wildcard': () => typeis.is('text/html', textWildcard),
  'is: +json with parameters': () => typeis.is('application/vnd.api+json; charset=utf-8', jsonSuffix),
  'is: no types': () => typeis.is('Text/HTML; charset=utf-8'),
  'is: no match': () => typeis.is('image/png', json),
  'request: json': () => typeis(req, json),
  hasBody: () => typeis.hasBody(req)
})
