'use strict'
// vary 1.1.2: the cases of benchmarks/Packages/VaryBenchmarks.cs. Run: node --expose-gc benchmarks/node/vary.js
const vary = require('vary')
const { suite } = require('./lib/bench')

const list = ['Origin', 'User-Agent', 'accept']
const headers = { vary: 'Accept, Origin' }
const res = { getHeader: (name) => headers[name.toLowerCase()], setHeader: (name, value) => { headers[name.toLowerCase()] = value } }

suite('vary', {
  'append: new field': () => vary.append('Accept', 'Origin'),
  'append: duplicate field': () => vary.append('Accept, Accept-Encoding, Origin', 'origin'),
  'append: string list': () => vary.append('Accept', 'Origin, User-Agent, accept'),
  'append: array list': () => vary.append('Accept', list),
  'vary(res): already set': () => vary(res, 'origin')
})
