'use strict'
// Wire fixtures: what Node Koa 3.3.0 puts on the wire for requests sent byte by byte over a raw socket, replayed by
// tests/Koa.Tests/Wire/WireConformanceTests.cs against Kestrel (the C# tests never call node).
//   wire.json   one case per scenario: the request bytes, the middleware (by name, written in both languages), and
//               the answer: status line, the headers named in `headers` (absent: null) and the body.
// Bytes are written as Latin-1 strings (one char per byte, 0x00–0xFF), so "\u00e9" in a request or an answer is the
// single byte 0xE9 on the wire.
// Usage: node wire.js (from this folder; generate.js runs it too).
const net = require('net')
const path = require('path')
const Koa = require('koa')
const { writeCases } = require('../lib/random')

// The middleware of each scenario; tests/Koa.Tests/Wire/WireScenarios.cs spells the same ones in C#.
const codes = (value) => JSON.stringify(value === undefined ? null : Array.from(value, (c) => c.charCodeAt(0)))
const middleware = {
  'attachment-latin1': (ctx) => { ctx.attachment('r\u00e9sum\u00e9.pdf'); ctx.body = 'x' },
  'attachment-unicode': (ctx) => { ctx.attachment('\u20ac rates.pdf'); ctx.body = 'x' },
  'set-latin1': (ctx) => { ctx.set('X-Value', 'caf\u00e9 \u0080\u00a0\u00ff'); ctx.body = 'x' },
  'attachment-latin1-bytes': (ctx) => { ctx.attachment('r\u00e9sum\u00e9.pdf'); ctx.body = Buffer.from('x') },
  'set-latin1-bytes': (ctx) => { ctx.set('X-Value', 'caf\u00e9 \u0080\u00a0\u00ff'); ctx.body = Buffer.from('x') },
  'set-latin1-json': (ctx) => { ctx.set('X-Value', 'caf\u00e9'); ctx.body = { a: 1 } },
  'set-latin1-empty': (ctx) => { ctx.set('X-Value', 'caf\u00e9'); ctx.status = 204 },
  'set-latin1-head': (ctx) => { ctx.set('X-Value', 'caf\u00e9'); ctx.body = 'x' },
  'set-latin1-stream': (ctx) => { ctx.set('X-Value', 'caf\u00e9'); ctx.body = require('stream').Readable.from([Buffer.from('x')]) },
  'set-tab': (ctx) => { ctx.set('X-Value', 'a\tb'); ctx.body = 'x' },
  'set-u0100': (ctx) => { ctx.set('X-Value', '\u0100'); ctx.body = 'x' },
  'set-euro': (ctx) => { ctx.set('X-Value', '\u20ac'); ctx.body = 'x' },
  'set-del': (ctx) => { ctx.set('X-Value', 'a\u007fb'); ctx.body = 'x' },
  'set-nul': (ctx) => { ctx.set('X-Value', 'a\u0000b'); ctx.body = 'x' },
  'set-lf': (ctx) => { ctx.set('X-Value', 'a\nb'); ctx.body = 'x' },
  'set-array-latin1': (ctx) => { ctx.set('X-Value', ['\u00e9', '\u00ff']); ctx.body = 'x' },
  'message-latin1': (ctx) => { ctx.status = 200; ctx.message = 'Caf\u00e9'; ctx.body = 'x' },
  'status-700': (ctx) => { ctx.status = 700 },
  'status-599-body': (ctx) => { ctx.status = 599; ctx.body = 'x' },
  'echo-user-agent': (ctx) => { ctx.body = codes(ctx.get('user-agent')) },
  'echo-cookie': (ctx) => { ctx.body = codes(ctx.cookies.get('name')) },
  'reflect-user-agent': (ctx) => { ctx.set('X-Echo', ctx.get('user-agent')); ctx.body = 'x' }
}

const get = (headers = '') => 'GET / HTTP/1.1\r\nHost: localhost\r\n' + headers + 'Connection: close\r\n\r\n'
const scenarios = [
  { name: 'attachment-latin1', request: get(), headers: ['content-disposition'] },
  { name: 'attachment-unicode', request: get(), headers: ['content-disposition'] },
  { name: 'set-latin1', request: get(), headers: ['x-value'] },
  { name: 'attachment-latin1-bytes', request: get(), headers: ['content-disposition'] },
  { name: 'set-latin1-bytes', request: get(), headers: ['x-value'] },
  { name: 'set-latin1-json', request: get(), headers: ['x-value'] },
  { name: 'set-latin1-empty', request: get(), headers: ['x-value'] },
  { name: 'set-latin1-head', request: get().replace('GET', 'HEAD'), headers: ['x-value', 'content-length'] },
  { name: 'set-latin1-stream', request: get(), headers: ['x-value'] },
  { name: 'set-tab', request: get(), headers: ['x-value'] },
  { name: 'set-u0100', request: get(), headers: ['x-value'] },
  { name: 'set-euro', request: get(), headers: ['x-value'] },
  { name: 'set-del', request: get(), headers: ['x-value'] },
  { name: 'set-nul', request: get(), headers: ['x-value'] },
  { name: 'set-lf', request: get(), headers: ['x-value'] },
  { name: 'set-array-latin1', request: get(), headers: ['x-value'] },
  { name: 'message-latin1', request: get(), headers: [] },
  { name: 'status-700', request: get(), headers: ['content-type'] },
  { name: 'status-599-body', request: get(), headers: ['content-type'] },
  { name: 'echo-user-agent', request: get('User-Agent: Zo\u00eb\r\n'), headers: [] },
  { name: 'echo-user-agent', request: get('User-Agent: Zo\u00c3\u00ab\r\n'), headers: [] },
  { name: 'echo-user-agent', request: get('User-Agent: \u0080\u00ff\u00fe\r\n'), headers: [] },
  { name: 'echo-cookie', request: get('Cookie: name=Zo\u00eb\r\n'), headers: [] },
  { name: 'echo-cookie', request: get('Cookie: name=Zo\u00c3\u00ab\r\n'), headers: [] },
  { name: 'reflect-user-agent', request: get('User-Agent: Zo\u00eb\r\n'), headers: ['x-echo'] },
  { name: 'reflect-user-agent', request: get('User-Agent: Zo\u00c3\u00ab\r\n'), headers: ['x-echo'] }
]

function exchange (port, request) {
  return new Promise((resolve, reject) => {
    const chunks = []
    const socket = net.connect(port, '127.0.0.1', () => socket.end(Buffer.from(request, 'latin1')))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')))
  })
}

function answer (raw, names) {
  const end = raw.indexOf('\r\n\r\n')
  const lines = raw.slice(0, end).split('\r\n')
  const headers = {}
  for (const name of names) {
    const line = lines.slice(1).find((l) => l.slice(0, l.indexOf(':')).toLowerCase() === name)
    headers[name] = line === undefined ? null : line.slice(line.indexOf(':') + 1).trim()
  }
  return { statusLine: lines[0], headers, body: raw.slice(end + 4) }
}

async function main () {
  const cases = []
  for (const scenario of scenarios) {
    const app = new Koa()
    app.silent = true
    app.use(middleware[scenario.name])
    const server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const raw = await exchange(server.address().port, scenario.request)
    await new Promise((resolve) => server.close(resolve))
    cases.push({ ...scenario, answer: answer(raw, scenario.headers) })
  }
  writeCases(path.join(__dirname, 'wire.json'), cases)
}

main().catch((error) => { console.error(error); process.exit(1) })
