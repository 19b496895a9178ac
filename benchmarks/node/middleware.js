'use strict'
// koa-session 7.0.2, @koa/cors 5.0.0, koa-helmet 9.0.0 (helmet 8.3.0): one request through each middleware on a fresh
// Koa context — the cases of benchmarks/Packages/MiddlewareBenchmarks.cs ("context only" is the context alone).
// Run (from benchmarks/node, after npm ci): node --expose-gc middleware.js
const http = require('http')
const net = require('net')
const Koa = require('koa')
const session = require('koa-session')
const cors = require('@koa/cors')
const helmet = require('koa-helmet')
const { asyncSuite } = require('./lib/bench')

const app = new Koa()
app.keys = ['im a newer secret', 'i like turtle']
const sessionMw = (session.default || session)({}, app)
const corsMw = cors()
const helmetMw = (helmet.default || helmet)()
const socket = new net.Socket()
const noop = async () => {}

function newContext (method = 'GET', headers = {}) {
  const req = new http.IncomingMessage(socket)
  req.method = method
  req.url = '/api/todos'
  req.headers = headers
  const res = new http.ServerResponse(req)
  return app.createContext(req, res)
}

async function main () {
  // a real session cookie (and its signature) as koa-session writes it
  const first = newContext()
  await sessionMw(first, async () => { first.session.user = 'ada'; first.session.views = 3 })
  const cookie = first.response.get('Set-Cookie').map(c => c.split(';')[0]).join('; ')

  await asyncSuite('middleware', {
    'context only': async () => newContext('GET', { cookie }),
    'session: read cookie': async () => {
      const ctx = newContext('GET', { cookie })
      let user
      await sessionMw(ctx, async () => { user = ctx.session.user })
      return user
    },
    'session: write cookie': async () => {
      const ctx = newContext()
      await sessionMw(ctx, async () => { ctx.session.user = 'ada'; ctx.session.views = 3 })
      return ctx
    },
    'cors: simple GET': async () => {
      const ctx = newContext('GET', { origin: 'https://app.example.com' })
      await corsMw(ctx, noop)
      return ctx
    },
    'cors: preflight': async () => {
      const ctx = newContext('OPTIONS', { origin: 'https://app.example.com', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' })
      await corsMw(ctx, noop)
      return ctx
    },
    'helmet: defaults': async () => {
      const ctx = newContext()
      await helmetMw(ctx, noop)
      return ctx
    }
  })
}

main()
