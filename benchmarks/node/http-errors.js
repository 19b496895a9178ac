'use strict'
// http-errors 2.0.1: the cases of benchmarks/Packages/HttpErrorsBenchmarks.cs. Run: node --expose-gc benchmarks/node/http-errors.js
process.env.NO_DEPRECATION = 'http-errors'
const createError = require('http-errors')
const { suite } = require('./lib/bench')

const props = { headers: { 'WWW-Authenticate': 'Basic' }, id: 1 }
const extended = createError(new Error('boom'))

suite('http-errors', {
  'createError(404)': () => createError(404),
  'createError(404, msg)': () => createError(404, 'missing'),
  'createError(401, msg, props)': () => createError(401, 'login', props),
  'createError(err)': () => createError(new Error('boom')),
  'isHttpError(extended err)': () => createError.isHttpError(extended)
})
