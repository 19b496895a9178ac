'use strict'
// bytes 3.1.2: the cases of benchmarks/Packages/BytesBenchmarks.cs. Run: node --expose-gc benchmarks/node/bytes.js
const bytes = require('bytes')
const { suite } = require('./lib/bench')

suite('bytes', {
  'parse: 1kb': () => bytes.parse('1kb'),
  'parse: 1.5 MB': () => bytes.parse('1.5 MB'),
  'parse: plain number': () => bytes.parse('1048576'),
  'format: 1536': () => bytes.format(1536)
})
