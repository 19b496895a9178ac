'use strict'
// koa-session 7.0.2 interop fixtures, both ways.
//  - written.json: session data Node koa-session wrote (Set-Cookie of koa.sess and koa.sess.sig, keys below,
//    maxAge ten years so the cookies stay valid): KoaNet must read exactly that data.
//  - encode.json: the cookie value and signature Node computes for data with fixed _expire/_maxAge: KoaNet must
//    produce the same bytes, so Node reads KoaNet's cookies.
//  - read.json: Cookie headers (valid, tampered, unsigned, bad base64/JSON, expired) and what Node made of them.
const http = require('http')
const path = require('path')
const Koa = require('koa')
const ks = require('koa-session')
const session = ks.createSession || ks.default || ks
const Keygrip = require('keygrip')
const { rng, writeCases } = require('../lib/random')

const KEYS = ['im a newer secret', 'i like turtle']
const TEN_YEARS = 10 * 365 * 24 * 3600 * 1000
const r = rng(0x5e55)

const datas = [
  { user: 'ada' },
  { count: 1 },
  { a: 1, b: 'two', c: true, d: null, e: [1, 2, 3], f: { g: 'h' } },
  { unicode: 'héllo wörld ✓ 日本語 🎉' },
  { quotes: 'a"b\\c\'d', ctrl: '\n\t\r\b\f\u0001\u001f', slash: '</script>' },
  { num: 0.1, neg: -42, big: 1e21, small: 1.5e-7, int: 9007199254740991, frac: 123.456 },
  { nested: { deep: { deeper: { deepest: [{ x: 1 }, { y: [null, false] }] } } } },
  { empty: '', emptyObj: {}, emptyArr: [] },
  { 'key with spaces': 1, 'ünï': 2, '': 3 },
  { lone: '\ud800x', pair: '\ud83d\ude00' }
]
const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.~!@#$%^&*()é✓"\\'
for (let i = 0; i < 40; i++) {
  const d = {}
  const n = r.int(1, 5)
  for (let j = 0; j < n; j++) {
    const k = r.string('abcdefghij', 1, 6)
    const kind = r.int(0, 4)
    d[k] = kind === 0 ? r.string(alphabet, 0, 30) : kind === 1 ? r.int(-1e6, 1e6) : kind === 2 ? r.chance(0.5) : kind === 3 ? r.int(0, 1e6) / 1000 : [r.string(alphabet, 0, 5), r.int(0, 9)]
  }
  datas.push(d)
}

function listen (app) {
  return new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)) })
}

function request (port, p, cookie) {
  return new Promise((resolve, reject) => {
    const headers = cookie ? { Cookie: cookie } : {}
    const q = http.request({ port, host: '127.0.0.1', path: p, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c) => { body += c })
      res.on('end', () => resolve({ status: res.statusCode, setCookie: res.headers['set-cookie'] || [], body }))
    })
    q.on('error', reject)
    q.end()
  })
}

async function main () {
  const app = new Koa()
  app.keys = KEYS
  app.use(session({ maxAge: TEN_YEARS }, app))
  app.use((ctx) => {
    if (ctx.path === '/set') {
      const data = datas[Number(ctx.query.i)]
      for (const k of Object.keys(data)) ctx.session[k] = data[k]
      ctx.body = 'ok'
    } else {
      ctx.body = { isNew: ctx.session.isNew, data: ctx.session.toJSON() }
    }
  })
  const server = await listen(app)
  const port = server.address().port

  const written = []
  for (let i = 0; i < datas.length; i++) {
    const res = await request(port, '/set?i=' + i)
    const cookie = res.setCookie.map((c) => c.split(';')[0]).join('; ')
    const check = await request(port, '/get', cookie)
    written.push({ data: datas[i], setCookie: res.setCookie, cookie, nodeRead: JSON.parse(check.body) })
  }
  writeCases(path.join(__dirname, 'written.json'), written)

  const keygrip = new Keygrip(KEYS)
  const encode = datas.map((data, i) => {
    const full = { ...data, _expire: 1700000000000 + i, _maxAge: 86400000 }
    const value = Buffer.from(JSON.stringify(full)).toString('base64')
    return { data: full, value, sig: keygrip.sign('koa.sess=' + value) }
  })
  writeCases(path.join(__dirname, 'encode.json'), encode)

  const valid = written[0].cookie
  const value = valid.split(';')[0].slice('koa.sess='.length)
  const b64 = (s) => Buffer.from(s).toString('base64')
  const sign = (v) => 'koa.sess=' + v + '; koa.sess.sig=' + keygrip.sign('koa.sess=' + v)
  const headers = [
    valid,
    'koa.sess=' + value,
    'koa.sess=' + value + '; koa.sess.sig=AAAA',
    'koa.sess=' + value + 'x; ' + valid.split('; ')[1],
    sign('not base64 !!!'),
    sign(b64('{"a":')),
    sign(b64('null')),
    sign(b64('0')),
    sign(b64('"str"')),
    sign(b64('[1,2]')),
    sign(b64(JSON.stringify({ a: 1, _expire: 1000, _maxAge: 5 }))),
    sign(b64(JSON.stringify({ a: 1, _expire: 4102444800000, _maxAge: 5 }))),
    sign(b64(JSON.stringify({ a: 1, _session: true }))),
    sign(b64(JSON.stringify({ a: 1 })).replace(/=+$/, '')),
    sign(b64(JSON.stringify({ url: 'safe?' })).replace(/\+/g, '-').replace(/\//g, '_')),
    sign(b64(JSON.stringify({ x: 'y' })).slice(0, 10) + '@@' + b64(JSON.stringify({ x: 'y' })).slice(10)),
    sign(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]).toString('base64')),
    sign(b64('{"__proto__":{"polluted":1},"a":2}')),
    'koa.sess=; koa.sess.sig=' + keygrip.sign('koa.sess='),
    ''
  ]
  const read = []
  for (const cookie of headers) {
    const res = await request(port, '/get', cookie)
    read.push({ cookie, status: res.status, result: res.status === 200 ? JSON.parse(res.body) : null })
  }
  writeCases(path.join(__dirname, 'read.json'), read)
  server.close()
}

main().catch((e) => { console.error(e); process.exit(1) })
