'use strict'
// Node twin of benchmarks/Packages/BodyBenchmarks.cs: qs 6.17.1's parse of a typical form (and stringify), co-body
// 6.2.0's json/form readers and @koa/bodyparser 6.1.0 in a Koa 3.3.0 app, on 1 KB and 100 KB JSON bodies and a form.
// Each body is a fresh in-memory request stream (what a socket hands over), so the reading costs are counted.
// 'co-body read' runs co-body in a Koa context as the .NET twin must; 'co-body read (bare stream)' is co-body alone.
// Run: node --expose-gc benchmarks/node/body.js
const { Readable } = require('stream')
const http = require('http')
const qs = require('qs')
const coBody = require('co-body')
const Koa = require('koa')
const { bodyParser } = require('@koa/bodyparser')
const { suite, asyncSuite } = require('./lib/bench')

const FORM = 'name=Ada+Lovelace&email=ada%40example.com&age=36&tags%5B%5D=math&tags%5B%5D=poetry&address%5Bcity%5D=London&address%5Bzip%5D=W1&remember=on'

// the same documents as BodyBenchmarks.Json(bytes)
function json (bytes) {
  let s = '['
  for (let i = 0; s.length < bytes - 100; i++) {
    if (i > 0) s += ','
    s += `{"id":${i},"name":"user ${i}","email":"u${i}@example.com","score":${i * 1.25},"active":${i % 2 === 0},"tags":["a","b"]}`
  }
  return s + ']'
}

const parsed = qs.parse(FORM)
suite('qs', {
  'parse form': () => qs.parse(FORM),
  'parse form allowDots': () => qs.parse(FORM, { allowDots: true }),
  stringify: () => qs.stringify(parsed)
})

function request (body, type) {
  const req = Readable.from([body], { objectMode: false })
  req.method = 'POST'
  req.url = '/'
  req.httpVersionMajor = 1
  req.httpVersionMinor = 1
  req.headers = { host: 'localhost', 'content-type': type, 'content-length': String(body.length) }
  return req
}

const app = new Koa()
app.use(bodyParser())
app.use((ctx) => { ctx.status = ctx.request.body ? 204 : 500 })
const middleware = app.middleware
const compose = require('koa-compose')
const fn = compose(middleware)

// co-body inside a Koa app, as BodyBenchmarks.CoBodyRead does it (CoBody.JsonAsync/FormAsync take a Koa context)
const direct = new Koa()
direct.use(async (ctx) => {
  const json = ctx.request.is('json')
  ctx.status = (json ? await coBody.json(ctx) : await coBody.form(ctx)) ? 204 : 500
})
const directFn = compose(direct.middleware)

for (const [name, text, type] of [['json-1KB', json(1024), 'application/json'], ['json-100KB', json(100 * 1024), 'application/json'],
  ['form', FORM, 'application/x-www-form-urlencoded']]) {
  const body = Buffer.from(text)
  asyncSuite('body ' + name, {
    'co-body read': () => {
      const req = request(body, type)
      const res = new http.ServerResponse(req)
      return directFn(direct.createContext(req, res))
    },
    'co-body read (bare stream)': () => {
      const req = request(body, type)
      return type === 'application/json' ? coBody.json(req) : coBody.form(req)
    },
    'bodyparser POST': () => {
      const req = request(body, type)
      const res = new http.ServerResponse(req)
      const ctx = app.createContext(req, res)
      return fn(ctx)
    }
  })
}
