'use strict'
// fresh 0.5.2: the cases of benchmarks/Packages/FreshBenchmarks.cs. Run: node --expose-gc benchmarks/node/fresh.js
const fresh = require('fresh')
const { suite } = require('./lib/bench')

const etag = '"33a64df551425fcc55e4d42a148795d9f25f89d4"'
const etagRequest = { 'if-none-match': etag }
const listRequest = { 'if-none-match': '"foo", "bar", W/"baz"' }
const dateRequest = { 'if-modified-since': 'Sat, 01 Jan 2000 01:00:00 GMT' }
const bothRequest = { 'if-none-match': 'W/' + etag, 'if-modified-since': 'Sat, 01 Jan 2000 01:00:00 GMT' }
const response = { etag, 'last-modified': 'Sat, 01 Jan 2000 00:00:00 GMT' }

suite('fresh', {
  'etag: match': () => fresh(etagRequest, response),
  'etag: list, no match': () => fresh(listRequest, response),
  'modified: not since': () => fresh(dateRequest, response),
  'etag + modified': () => fresh(bothRequest, response),
  'etag: match, raw values': () => fresh({ 'if-none-match': etag }, { etag })
})
