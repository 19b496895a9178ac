'use strict'
// @koa/cors 5.0.0 over generated option sets and requests (preflights, simple requests, errors thrown
// downstream with and without their own Vary): status and every CORS-related response header.
// Output: fixtures.json, replayed by tests/Cors.Tests/CorsConformanceTests.cs.
const http = require('http')
const path = require('path')
const Koa = require('koa')
const cors = require('@koa/cors')
const { rng, writeCases } = require('../lib/random')

const r = rng(0xC0125)
const origins = [undefined, '*', '', 'https://a.example', 'null']
const lists = [undefined, 'X-A', ['X-A', 'X-B'], []]
const methodsLists = [undefined, ['GET', 'POST'], 'GET', null]
const requestOrigins = [undefined, 'http://koajs.com', 'null', 'https://a.example', '', 'http://' + 'x'.repeat(2000) + '.example', 'http://a.example, http://b.example', ' https://a.example ']
const watched = ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-expose-headers',
  'access-control-max-age', 'access-control-allow-methods', 'access-control-allow-headers',
  'access-control-allow-private-network', 'cross-origin-opener-policy', 'cross-origin-embedder-policy', 'vary', 'x-example', 'www-authenticate']

function randomOptions () {
  const o = {}
  const origin = r.pick(origins); if (origin !== undefined) o.origin = origin
  if (r.chance(0.6)) o.credentials = r.chance(0.5)
  const m = r.pick(methodsLists); if (m !== undefined) o.allowMethods = m
  const e = r.pick(lists); if (e !== undefined) o.exposeHeaders = e
  const h = r.pick(lists); if (h !== undefined) o.allowHeaders = h
  if (r.chance(0.4)) o.maxAge = r.pick([0, 600, 86400])
  if (r.chance(0.3)) o.secureContext = r.chance(0.5)
  if (r.chance(0.3)) o.privateNetworkAccess = r.chance(0.5)
  if (r.chance(0.3)) o.keepHeadersOnError = r.chance(0.5)
  return o
}

function randomRequest () {
  const method = r.pick(['GET', 'GET', 'POST', 'OPTIONS', 'OPTIONS', 'DELETE'])
  const headers = {}
  const origin = r.pick(requestOrigins); if (origin !== undefined) headers.Origin = origin
  if (r.chance(0.6)) headers['Access-Control-Request-Method'] = r.pick(['PUT', 'DELETE', 'GET', ''])
  if (r.chance(0.4)) headers['Access-Control-Request-Headers'] = r.pick(['X-PINGOTHER', 'content-type, x-a', ''])
  if (r.chance(0.3)) headers['Access-Control-Request-Private-Network'] = r.pick(['true', ''])
  const handler = r.pick(['ok', 'ok', 'throw', 'throwVary', 'throwHttp'])
  return { method, headers, handler }
}

function send (port, req) {
  return new Promise((resolve, reject) => {
    const q = http.request({ port, host: '127.0.0.1', method: req.method, path: '/', headers: req.headers }, (res) => {
      res.resume()
      res.on('end', () => {
        const headers = {}
        for (const name of watched) if (res.headers[name] !== undefined) headers[name] = res.headers[name]
        resolve({ status: res.statusCode, headers })
      })
    })
    q.on('error', reject)
    q.end()
  })
}

async function main () {
  const cases = []
  for (let i = 0; i < 600; i++) {
    const options = randomOptions()
    const request = randomRequest()
    const app = new Koa()
    app.silent = true
    app.use(cors(options))
    app.use((ctx) => {
      ctx.set('X-Example', 'Value')
      ctx.body = { foo: 'bar' }
      if (request.handler === 'throw') throw new Error('Whoops!')
      if (request.handler === 'throwVary') { const e = new Error('Whoops!'); e.headers = { Vary: 'Accept-Encoding' }; throw e }
      if (request.handler === 'throwHttp') ctx.throw(401, 'no', { headers: { 'WWW-Authenticate': 'Basic' } })
    })
    const server = app.listen(0)
    await new Promise((resolve) => server.once('listening', resolve))
    const response = await send(server.address().port, request)
    server.close()
    cases.push({ options, request, response })
  }
  writeCases(path.join(__dirname, 'fixtures.json'), cases)
}

main().catch((e) => { console.error(e); process.exit(1) })
