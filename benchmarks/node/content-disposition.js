'use strict'
// content-disposition 1.0.1: the cases of benchmarks/Packages/ContentDispositionBenchmarks.cs.
// Run: node --expose-gc benchmarks/node/content-disposition.js
const contentDisposition = require('content-disposition')
const { suite } = require('./lib/bench')

const inline = { type: 'inline' }

suite('content-disposition', {
  'create: ASCII name': () => contentDisposition('plans.pdf'),
  'create: path, inline': () => contentDisposition('/path/to/plans.pdf', inline),
  'create: Unicode name': () => contentDisposition('€ rates.pdf'),
  'parse: type only': () => contentDisposition.parse('attachment'),
  'parse: quoted filename': () => contentDisposition.parse('attachment; filename="plans.pdf"'),
  'parse: filename + filename*': () => contentDisposition.parse('attachment; filename="EURO rates.pdf"; filename*=UTF-8\'\'%E2%82%AC%20rates.pdf')
})
