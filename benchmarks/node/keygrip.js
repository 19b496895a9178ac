'use strict'
// keygrip 1.1.0: the cases of benchmarks/Packages/KeygripBenchmarks.cs. Run: node --expose-gc benchmarks/node/keygrip.js
const Keygrip = require('keygrip')
const { suite } = require('./lib/bench')

const data = 'session=3f9a2c1e7b4d4e0f9a8b7c6d5e4f3a2b'
const keys = new Keygrip(['im a newer secret', 'i like turtle', 'the oldest secret'])
const sha256 = new Keygrip(['im a newer secret', 'i like turtle', 'the oldest secret'], 'sha256')
const newest = keys.sign(data)
const oldest = new Keygrip(['the oldest secret']).sign(data)
const bad = 'A'.repeat(newest.length)

suite('keygrip', {
  'sign sha1': () => keys.sign(data),
  'sign sha256': () => sha256.sign(data),
  'verify: newest key': () => keys.verify(data, newest),
  'index: oldest of 3 keys': () => keys.index(data, oldest),
  'verify: bad digest': () => keys.verify(data, bad)
})
