'use strict'
// Node side of the realistic-app benchmark (benchmarks/http/realistic.js; the .NET side is
// benchmarks/HttpServer/RealisticApps.cs). Usage: node apps.js <koa|express|fastify> <port> [--workers N] [--tls cert key]
// Same routes in every framework:
//   GET  /hello          {"hello":"world"}                     a static route
//   GET  /r{0..99}/:id   {"route":n,"id":"…"}                  a parameterised route among 100
//   POST /echo           the JSON body, parsed and sent back   through the body parser
//   GET  /login          sets a signed-cookie session {user:"jon"}
//   GET  /session        {"user":"jon"} read from it           the signed-cookie session read
// --workers N: node's cluster module, N workers sharing the port (the all-cores rows).
// --tls: Koa over http2.createSecureServer(app.callback()) (HTTP/2 by ALPN, HTTP/1.1 allowed): the HTTP/2 rows.
const path = require('path')
const fs = require('fs')
const cluster = require('cluster')
const nm = (name) => require(path.join(__dirname, '../node/node_modules', name))

const argv = process.argv.slice(2)
const [framework = 'koa', portArg = '3333'] = argv
const port = Number(portArg)
const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv.slice(i + 1) : null }
const workers = Number((option('--workers') || ['1'])[0])
const tls = option('--tls')
const keys = ['im a newer secret', 'i like turtle']
const ready = () => process.stdout.write(`ready ${framework} ${port}\n`)

if (workers > 1 && cluster.isPrimary) {
  let listening = 0
  for (let i = 0; i < workers; i++) cluster.fork()
  cluster.on('listening', () => { if (++listening === workers) ready() })
  cluster.on('exit', () => process.exit(1))
  process.stdin.on('data', () => {}) // the driver's "stats" commands: node prints none
} else {
  const done = workers > 1 ? () => {} : ready
  if (framework === 'koa') koa(done)
  else if (framework === 'express') express(done)
  else if (framework === 'fastify') fastify(done)
  else { console.error(`unknown framework ${framework}`); process.exit(2) }
}

function koa (done) {
  const Koa = nm('koa')
  const Router = nm('@koa/router')
  const { bodyParser } = nm('@koa/bodyparser')
  const session = nm('koa-session').createSession
  const app = new Koa()
  app.silent = true
  app.keys = keys
  const router = new Router()
  router.get('/hello', (ctx) => { ctx.body = { hello: 'world' } })
  for (let i = 0; i < 100; i++) router.get(`/r${i}/:id`, (ctx) => { ctx.body = { route: i, id: ctx.params.id } })
  router.post('/echo', bodyParser(), (ctx) => { ctx.body = ctx.request.body })
  const sess = session(app)
  router.get('/login', sess, (ctx) => { ctx.session.user = 'jon'; ctx.body = { hello: 'world' } })
  router.get('/session', sess, (ctx) => { ctx.body = { user: ctx.session.user ?? null } })
  app.use(router.routes()).use(router.allowedMethods())
  if (tls) {
    const http2 = require('http2')
    http2.createSecureServer({ cert: fs.readFileSync(tls[0]), key: fs.readFileSync(tls[1]), allowHTTP1: true }, app.callback()).listen(port, '127.0.0.1', done)
  } else {
    app.listen(port, '127.0.0.1', done)
  }
}

function express (done) {
  const express = nm('express')
  const cookieParser = nm('cookie-parser')
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.get('/hello', (req, res) => { res.json({ hello: 'world' }) })
  for (let i = 0; i < 100; i++) app.get(`/r${i}/:id`, (req, res) => { res.json({ route: i, id: req.params.id }) })
  app.post('/echo', express.json(), (req, res) => { res.json(req.body) })
  const cookies = cookieParser(keys[0])
  app.get('/login', cookies, (req, res) => { res.cookie('sess', { user: 'jon' }, { signed: true, httpOnly: true }); res.json({ hello: 'world' }) })
  app.get('/session', cookies, (req, res) => { const s = req.signedCookies.sess; res.json({ user: (s && s.user) ?? null }) })
  app.listen(port, '127.0.0.1', done)
}

function fastify (done) {
  const app = nm('fastify')({ logger: false })
  app.register(nm('@fastify/cookie'), { secret: keys[0] })
  app.get('/hello', async () => ({ hello: 'world' }))
  for (let i = 0; i < 100; i++) app.get(`/r${i}/:id`, async (req) => ({ route: i, id: req.params.id }))
  app.post('/echo', async (req) => req.body)
  app.get('/login', async (req, reply) => { reply.setCookie('sess', JSON.stringify({ user: 'jon' }), { signed: true, httpOnly: true, path: '/' }); return { hello: 'world' } })
  app.get('/session', async (req) => {
    const raw = req.cookies.sess
    const s = raw ? req.unsignCookie(raw) : null
    return { user: s && s.valid ? JSON.parse(s.value).user : null }
  })
  app.listen({ port, host: '127.0.0.1' }).then(done)
}
