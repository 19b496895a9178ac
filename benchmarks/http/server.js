'use strict'
// Node Koa 3.3.0 side of the HTTP benchmark. Usage: node server.js <scenario> <port>
// Scenarios mirror benchmarks/HttpServer/Program.cs exactly (same routes, bodies and headers).
const path = require('path')
const Koa = require(path.join(__dirname, '../node/node_modules/koa'))

const [scenario = 'hello', portArg = '3333'] = process.argv.slice(2)
const port = Number(portArg)
const app = new Koa()
app.silent = true

const mw = /^mw-(\d+)$/.exec(scenario)
if (mw) {
  // Koa's own benchmark (branch benchmark-v2.x, benchmarks/middleware.js): N pass-through middleware,
  // then one that sets a Buffer body after awaiting next().
  const n = Number(mw[1])
  for (let i = 0; i < n; i++) app.use((ctx, next) => next())
  const body = Buffer.from('Hello World')
  app.use(async (ctx, next) => { await next(); ctx.body = body })
} else if (scenario === 'hello') {
  app.use((ctx) => { ctx.body = 'Hello World' })
} else if (scenario === 'json') {
  app.use((ctx) => { ctx.body = { message: 'Hello, World!' } })
} else if (scenario === 'cookies') {
  app.keys = ['im a newer secret', 'i like turtle']
  app.use((ctx) => {
    const visits = Number(ctx.cookies.get('visits', { signed: true }) || 0) + 1
    ctx.cookies.set('visits', String(visits), { signed: true })
    ctx.body = `visits: ${visits}`
  })
} else if (scenario === 'negotiation') {
  app.use((ctx) => {
    const type = ctx.accepts('json', 'html', 'text')
    const encoding = ctx.acceptsEncodings('br', 'gzip', 'identity')
    const language = ctx.acceptsLanguages('en', 'fr', 'de')
    ctx.body = `${type} ${encoding} ${language}`
  })
} else if (/^static-/.test(scenario)) {
  // Same folder and files as benchmarks/HttpServer/ServingScenarios.cs: a 1 KB, a 100 KB and a 10 MB file.
  const serve = require(path.join(__dirname, '../node/node_modules/koa-static'))
  app.use(serve(staticRoot()))
} else if (scenario === 'compress-json') {
  const compress = require(path.join(__dirname, '../node/node_modules/koa-compress'))
  const items = Array.from({ length: 200 }, (_, i) => ({ id: i, name: `item ${i}`, done: i % 2 === 0 }))
  app.use(compress())
  app.use((ctx) => { ctx.body = items })
} else if (scenario === 'json-echo') {
  // @koa/bodyparser 6.1.0: the posted JSON parsed and sent back
  const { bodyParser } = require(path.join(__dirname, '../node/node_modules/@koa/bodyparser'))
  app.use(bodyParser())
  app.use((ctx) => { ctx.body = ctx.request.body })
} else if (scenario === 'notfound') {
  // no middleware: Koa answers 404 Not Found
} else if (scenario === 'router') {
  // @koa/router 15.7.0 with 100 parameterised routes, the last one hit, then allowedMethods()
  const Router = require(path.join(__dirname, '../node/node_modules/@koa/router'))
  const router = new Router()
  for (let i = 0; i < 100; i++) router.get(`/r${i}/:id`, (ctx) => { ctx.body = ctx.params.id })
  app.use(router.routes()).use(router.allowedMethods())
} else {
  console.error(`unknown scenario ${scenario}`)
  process.exit(2)
}

// os.tmpdir()/koanet-bench-static with files of byte i % 251 (the .NET server writes the same ones).
function staticRoot () {
  const fs = require('fs')
  const os = require('os')
  const root = path.join(os.tmpdir(), 'koanet-bench-static')
  fs.mkdirSync(root, { recursive: true })
  for (const [name, size] of [['1k', 1024], ['100k', 100 * 1024], ['10m', 10 * 1024 * 1024]]) {
    const file = path.join(root, `${name}.bin`)
    if (fs.existsSync(file) && fs.statSync(file).size === size) continue
    const bytes = Buffer.alloc(size)
    for (let i = 0; i < size; i++) bytes[i] = i % 251
    fs.writeFileSync(file, bytes)
  }
  return root
}

app.listen(port, '127.0.0.1', () => {
  if (process.send) process.send('ready')
  process.stdout.write(`ready ${scenario} ${port}\n`)
})
