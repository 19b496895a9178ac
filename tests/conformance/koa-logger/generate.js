'use strict'
// koa-logger 4.0.0's formatting helpers as it resolves them: bytes 3.1.2 (lower-cased) for the response length,
// humanize-number for the time. Output: format.json, replayed by tests/Logger.Tests/LoggerConformanceTests.cs.
const path = require('path')
const bytes = require('bytes')
const humanize = require('humanize-number')
const { rng, writeCases } = require('../lib/random')

const r = rng(0x106)
const lengths = [1, 9, 11, 12, 512, 1000, 1023, 1024, 1025, 1075, 1100, 1536, 2047, 10240, 1048575, 1048576, 1572864,
  1073741824, 1099511627776, 1125899906842624, 9007199254740991]
for (let i = 0; i < 300; i++) lengths.push(r.int(1, 2 ** r.int(1, 52)))
const cases = lengths.map((n) => ({ length: n, formatted: bytes(n).toLowerCase() }))
writeCases(path.join(__dirname, 'bytes.json'), cases)

const times = ['0ms', '5ms', '999ms', '1000ms', '9999ms', '10s', '999s', '1000s', '123456s', '12345678s']
for (let i = 0; i < 100; i++) times.push(r.int(0, 10 ** r.int(1, 9)) + r.pick(['ms', 's']))
writeCases(path.join(__dirname, 'humanize.json'), times.map((t) => ({ input: t, output: humanize(t) })))
