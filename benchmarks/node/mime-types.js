'use strict'
// mime-types 3.0.2 (and 2.1.35): the cases of benchmarks/Packages/MimeTypesBenchmarks.cs.
// Run: node --expose-gc benchmarks/node/mime-types.js
const mime = require('mime-types')
const legacy = require('mime-types-2')
const { suite } = require('./lib/bench')

suite('mime-types', {
  'lookup: extension': () => mime.lookup('json'),
  'lookup: path': () => mime.lookup('/path/to/Page.HTML'),
  'lookup: unknown': () => mime.lookup('file.bogus'),
  'lookup: 2.1.35': () => legacy.lookup('app.js'),
  'contentType: extension': () => mime.contentType('json'),
  'contentType: type': () => mime.contentType('text/html'),
  'contentType: type with parameter': () => mime.contentType('application/json; foo=bar'),
  'extension: type with parameter': () => mime.extension('text/html; charset=utf-8')
})
