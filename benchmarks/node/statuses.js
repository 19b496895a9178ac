'use strict'
// statuses 2.0.2: the cases of benchmarks/Packages/StatusesBenchmarks.cs. Run: node --expose-gc benchmarks/node/statuses.js
const status = require('statuses')
const { suite } = require('./lib/bench')

suite('statuses', {
  'message[404]': () => status.message[404],
  'message[306] (unknown)': () => status.message[306],
  'status(404)': () => status(404),
  "status('404')": () => status('404'),
  "status('Not Found')": () => status('Not Found'),
  'empty[204]': () => status.empty[204]
})
