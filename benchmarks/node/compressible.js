'use strict'
// compressible 2.0.18 (mime-db 1.54.0): the cases of benchmarks/Packages/CompressibleBenchmarks.cs.
// Run: node --expose-gc benchmarks/node/compressible.js
const compressible = require('compressible')
const { suite } = require('./lib/bench')

suite('compressible', {
  'application/json': () => compressible('application/json'),
  'text/html; charset=utf-8': () => compressible('text/html; charset=utf-8'),
  'image/png': () => compressible('image/png'),
  'unknown +json': () => compressible('application/x-made-up+json')
})
