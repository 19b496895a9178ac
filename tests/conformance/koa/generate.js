'use strict'
// Conformance fixtures for what Koa 3.3.0 takes from node and its small dependencies, replayed by tests/Koa.Tests:
//   json.json               JSON.stringify(value, null, spaces)                    (respond's JSON bodies, JsonSpaces)
//   escape-html.json        escape-html 1.0.3                                      (redirect's HTML body)
//   encodeurl.json          encodeurl 2.0.3                                        (every Location)
//   search-params.json      koa/lib/search-params.js parse + URLSearchParams order  (ctx.query)
//   search-stringify.json   koa/lib/search-params.js stringify                     (ctx.query =)
//   whatwg-url.json         new URL(input, base)                                   (host '@', IPv6, ctx.URL, redirect, back)
//   legacy-url.json         parseurl + url.format through koa's request accessors  (ctx.path, ctx.querystring)
//   request-host.json       koa's request.host/hostname/subdomains/href/URL over header combinations
//   redirect.json           koa's ctx.redirect(url) / ctx.back(alt) over targets, referrers and Accept
// Strings that are not well-formed UTF-16 (lone surrogates) are written as { "utf16": [code units] }.
// Values for JSON.stringify are described as {n}, {s}, {b}, {z}, {d}, {a}, {o} (see describe()), {deep: n} for n nested arrays.
// Also wire.json (wire.js): what node puts on the wire for the scenarios of tests/Koa.Tests/Wire.
// Usage: node generate.js (from this folder).
const path = require('path')
const accepts = require('accepts')
const escapeHtml = require('escape-html')
const encodeUrl = require('encodeurl')
const parseurl = require('parseurl')
const sp = require('koa/lib/search-params.js')
const requestProto = require('koa/lib/request.js')
const responseProto = require('koa/lib/response.js')
const contextProto = require('koa/lib/context.js')
const { rng, writeCases } = require('../lib/random')

const r = rng(0x6b6f61)
const out = (name) => path.join(__dirname, name)

function units (value) {
  const result = []
  for (let i = 0; i < value.length; i++) result.push(value.charCodeAt(i))
  return result
}

function enc (value) {
  if (typeof value === 'string') return value.isWellFormed() ? value : { utf16: units(value) }
  if (Array.isArray(value)) return value.map(enc)
  return value
}

// ---------- alphabets ----------
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat(['\u007f'])
const UNICODE = ['é', 'ß', 'ü', 'Ω', '€', '中', '文', '😀', '😓', '\u2028', '\u2029', '\u00a0', '\ufeff', '\ufffd', '\u0130', '\u212a', '\u0085']
const LONE = ['\ud800', '\udbff', '\udc00', '\udfff']
const SPECIAL = ['"', '\\', '/', '<', '>', '&', "'", '%', '+', '=', '?', '#', '@', ':', '[', ']', '{', '}', '|', '^', '`', ' ', '\t', '\n', '\r']

function text (max, weights = {}) {
  const n = r.int(0, max)
  let s = ''
  for (let i = 0; i < n; i++) {
    const roll = r.next()
    if (roll < (weights.lone ?? 0.02)) s += r.pick(LONE)
    else if (roll < 0.1) s += r.pick(CONTROLS)
    else if (roll < 0.25) s += r.pick(UNICODE)
    else if (roll < 0.45) s += r.pick(SPECIAL)
    else s += r.pick(ASCII)
  }
  return s
}

// ---------- JSON.stringify ----------
function number () {
  switch (r.int(0, 14)) {
    case 0: return r.int(-1000, 1000)
    case 1: return r.next() * 1000 - 500
    case 2: return r.pick([0, -0, 1, -1, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100, 1e6, 123456789])
    case 3: return r.pick([1e21, 1e20, 999999999999999900000, 1e21 - 65536, 1.5e21, 1e-6, 1e-7, 1.5e-7, 0.000001, 0.0000001, 5e-324, 1.7976931348623157e308])
    case 4: return r.pick([NaN, Infinity, -Infinity])
    case 5: return Math.pow(10, r.int(-30, 30)) * (r.next() + 0.5)
    case 6: return -Math.pow(2, r.int(0, 80))
    case 7: return Number.MAX_SAFE_INTEGER - r.int(0, 3)
    case 8: return r.next()
    case 9: return Math.round(r.next() * 1e6) / 1e3
    case 10: return parseFloat((r.next() * 1e10).toPrecision(r.int(1, 17)))
    case 11: return r.pick([4.35, 0.1 + 0.2, 1.005, 123e-20, 1e300 * 10, 2 ** 53, 2 ** 53 + 2])
    case 12: return Math.pow(2, r.int(-1074, 1023))
    case 13: return Number((r.next() * 100).toFixed(r.int(0, 5)))
    default: return r.int(-2147483648, 2147483647)
  }
}

function jsonValue (depth) {
  const roll = r.int(0, depth > 3 ? 5 : 8)
  switch (roll) {
    case 0: return null
    case 1: return r.chance(0.5)
    case 2: case 3: return number()
    case 4: case 5: return text(r.pick([4, 12, 40]))
    case 6: return new Date(Date.UTC(1970, 0, 1) + Math.floor(r.next() * 4102444800000))
    case 7: {
      const n = r.int(0, 5)
      const a = []
      for (let i = 0; i < n; i++) a.push(jsonValue(depth + 1))
      return a
    }
    default: {
      const n = r.int(0, 5)
      const o = {}
      for (let i = 0; i < n; i++) {
        const key = r.chance(0.2) ? String(r.int(0, 50)) : text(8, { lone: 0 })
        o[key] = jsonValue(depth + 1)
      }
      return o
    }
  }
}

// {n: number | 'NaN' | 'Infinity' | '-Infinity' | '-0'}, {s}, {b}, {z: null}, {d: epoch ms}, {a: [...]}, {o: [[key, value], ...]}
function describe (value) {
  if (value === null) return { z: null }
  if (typeof value === 'boolean') return { b: value }
  if (typeof value === 'number') return { n: Number.isFinite(value) ? (Object.is(value, -0) ? '-0' : value) : String(value) }
  if (typeof value === 'string') return { s: enc(value) }
  if (value instanceof Date) return { d: value.getTime() }
  if (Array.isArray(value)) return { a: value.map(describe) }
  return { o: Object.keys(value).map((k) => [enc(k), describe(value[k])]) }
}

const json = []
const fixed = [
  'a"b\\c\nd\u0001é<>&\'😀', 'x\ud800y', '\udc00', 'z\u2028\u2029', '\b\f\n\r\t\u000b\u001f\u007f', '</script>', '',
  { hello: 'world' }, [], {}, [[]], [{}], { a: [1, 2, { b: null }] }, 5, true, false, null, 1e21, 1e-7, -0, NaN,
  { 10: 'a', 2: 'b', x: 'c', '-1': 'd', '01': 'e' }, new Date(0), [1.5, -2.25, 0.1, 100, 1e100],
]
for (const value of fixed) for (const spaces of [0, 2]) json.push({ value: describe(value), spaces, output: enc(JSON.stringify(value, null, spaces)) })
for (let i = 0; i < 600; i++) {
  const value = jsonValue(0)
  const spaces = r.pick([0, 0, 0, 1, 2, 4, 10, 12])
  json.push({ value: describe(value), spaces, output: enc(JSON.stringify(value, null, spaces)) })
}
// 200 nested arrays (deeper than System.Text.Json's default limit of 64); described as {deep: 200}.
const deep = []
let cursor = deep
for (let i = 0; i < 199; i++) { const next = []; cursor.push(next); cursor = next }
json.push({ value: { deep: 200 }, spaces: 0, output: JSON.stringify(deep) })
json.push({ value: describe('"\\'.repeat(50000)), spaces: 0, output: JSON.stringify('"\\'.repeat(50000)) })
writeCases(out('json.json'), json)

// ---------- escape-html ----------
const escapes = ['', 'plain', '<script>', '"quoted"', "it's", 'a & b', '<>&"\'', 'no special é😀', 'x\ud800<']
for (let i = 0; i < 300; i++) escapes.push(text(r.pick([5, 20, 60])))
writeCases(out('escape-html.json'), escapes.map((input) => ({ input: enc(input), output: enc(escapeHtml(input)) })))

// ---------- encodeurl ----------
const urls = ['', '/', 'http://google.com/😓', '/a b?c=<d>', '%', '%%41', '%zz', '%4', '%e2%82', '\ud800', 'a\udc00b', '😀\ud800',
  'http://localhost/foo bar', 'javascript:alert(1)', '/\u0000\u001f\u007f', '[::1]', '`{}|^\\', '/%2F%252F']
for (let i = 0; i < 400; i++) urls.push(text(r.pick([5, 20, 60])))
writeCases(out('encodeurl.json'), urls.map((input) => ({ input: enc(input), output: enc(encodeUrl(input)) })))

// ---------- URLSearchParams through search-params.js ----------
function queryString () {
  const n = r.int(0, 6)
  const parts = []
  for (let i = 0; i < n; i++) {
    const key = r.chance(0.3) ? r.pick(['a', 'b', 'page', 'a[b]', '__proto__', 'constructor', '1', '']) : text(6)
    switch (r.int(0, 4)) {
      case 0: parts.push(key); break
      case 1: parts.push(key + '='); break
      case 2: parts.push(key + '=' + text(8)); break
      case 3: parts.push(key + '=' + r.pick(['%zz', '%41%42', '%e2%82%ac', '%ff', 'a+b', '%2B', '%', '%C3%A9', '=='])); break
      default: parts.push('')
    }
  }
  return (r.chance(0.2) ? '?' : '') + parts.join(r.pick(['&', '&', '&&']))
}
const queries = ['', '?', 'a=1&b=2', 'a=1&a=2', 'a=', 'a', '&&', 'a=b=c', '+=+', 'f[g]=3', '__proto__=1', '%zz=%', 'a=%F0%9F%98%80', 'x\ud800=1']
for (let i = 0; i < 400; i++) queries.push(queryString())
writeCases(out('search-params.json'), queries.map((input) => {
  const params = new URLSearchParams(input)
  const keys = [...new Set(params.keys())]
  const parsed = sp.parse(input)
  if (Object.keys(parsed).length !== keys.length) throw new Error('search-params.parse disagrees with URLSearchParams for ' + input)
  return { input: enc(input), entries: keys.map((k) => [enc(k), params.getAll(k).map(enc)]) }
}))

function queryValue (depth) {
  switch (r.int(0, depth > 0 ? 6 : 8)) {
    case 0: return text(8)
    case 1: return number()
    case 2: return r.chance(0.5)
    case 3: return null
    case 4: return text(3)
    case 5: return r.int(0, 100)
    case 6: return { x: 1 }
    default: {
      const n = r.int(0, 3)
      const a = []
      for (let i = 0; i < n; i++) a.push(queryValue(depth + 1))
      return a
    }
  }
}
const objects = [{ a: 1, b: 'b' }, { a: [1, 2] }, { a: [1] }, { a: [''] }, { a: { b: 1 } }, { a: [1, 2], b: true, c: null, e: { x: 1 }, f: 'a b&c' },
  { page: 2, color: 'blue' }, { 'k y': 'v\u00e9\ud800' }, { a: [[1, 2]] }, { n: NaN, i: Infinity, z: -0, big: 1e21 }]
for (let i = 0; i < 300; i++) {
  const n = r.int(0, 5)
  const o = {}
  for (let j = 0; j < n; j++) o[r.chance(0.2) ? String(r.int(0, 9)) : text(6)] = queryValue(0)
  objects.push(o)
}
writeCases(out('search-stringify.json'), objects.map((o) => ({ value: describe(o), output: enc(sp.stringify(o)) })))

// ---------- WHATWG URL ----------
function urlResult (input, base) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base)
    return { href: u.href, protocol: u.protocol, username: u.username, password: u.password, host: u.host, hostname: u.hostname, port: u.port, pathname: u.pathname, search: u.search, hash: u.hash, origin: u.origin }
  } catch (e) {
    return null
  }
}
const HOSTS = ['example.com', 'EXAMPLE.com', 'a.b.example.com', 'localhost', '127.0.0.1', '0x7f.1', '0x7F.0.0.1', '017.1', '4294967295', '4294967296',
  '1.2.3.4.5', '1.2.3.', '[::1]', '[2001:cdba:0000:0000:0000:0000:3257:9652]', '[::ffff:127.0.0.1]', '[1:0:0:2:0:0:0:3]', '[0:0:0:0:0:0:0:0]', '[invalidIPv6]',
  '[::1', 'bücher.de', 'xn--bcher-kva.de', 'ex%41mple.com', 'a b.com', 'a%20b', 'exa_mple.com', '', 'user@', 'evil.com:fake@legitimate.com', 'user:pass@example.com:8080',
  'a@b@c.com', '%00', 'foo.09', 'foo.0x', '１２７.0.0.1', 'EXAMPLE.COM.', '..', 'a..b', 'xn--', '\u00ad.com', 'www.ex\u00e4mple.com']
const PORTS = ['', ':80', ':8080', ':443', ':0', ':65535', ':65536', ':', ':00080', ':8a', ':99999999999']
const PATHS = ['', '/', '/a/b', '/a/../b', '/./a', '/a/./b/', '/a%2e%2E/b', '/😓', '/a b', '/a\\b', '/%zz', '/a?b=c d', '/p#frag ment', '/?q=\'"<>', '/`{}^|', '//x', '/a/..', '/..']
const urlCases = []
for (const host of HOSTS) urlCases.push({ input: 'http://' + host }, { input: 'http://' + host + '/x?y#z' })
for (let i = 0; i < 500; i++) {
  const scheme = r.pick(['http', 'https', 'HTTP', 'HtTpS', 'ws', 'ftp', 'file', 'mailto', 'javascript', 'foo'])
  const slashes = r.pick(['://', '://', ':/', ':', ':\\\\', '://\\', ':///'])
  const auth = r.chance(0.15) ? r.pick(['user@', 'u:p@', ':p@', 'a@b@', 'us er@', 'é@']) : ''
  urlCases.push({ input: scheme + slashes + auth + r.pick(HOSTS) + r.pick(PORTS) + r.pick(PATHS) + (r.chance(0.3) ? text(6, { lone: 0.05 }) : '') })
}
// Koa only resolves against ctx.href (http/https); opaque bases (mailto:) are left out — node's URL (Ada 2) differs
// from the URL Standard there (it resolves "a#b" against "mailto:x" instead of failing).
const BASES = ['http://example.com/a/b?c#d', 'https://example.com:8443/', 'http://[::1]:3000/x', 'file:///C:/x/y', 'http://a.b.example.com']
const RELATIVE = ['/login', '//evil.com/login/', '\\\\evil.com', 'https://example.com/login', 'https://other.com/login', 'login', '../x', '?q', '#h', '', ' /a ',
  'javascript:alert(1)', 'http:evil.com', 'http:/evil.com', 'HTTP://example.com/x', '//example.com:80/', '/\t/evil.com', '\\/evil.com', 'C:/y', '///evil.com']
for (const base of BASES) for (const input of RELATIVE) urlCases.push({ input, base })
for (let i = 0; i < 150; i++) urlCases.push({ input: r.pick(RELATIVE) + text(5, { lone: 0.05 }), base: r.pick(BASES) })
for (let i = 0; i < 150; i++) urlCases.push({ input: text(30, { lone: 0.05 }), base: r.pick([undefined, ...BASES]) })
urlCases.push({ input: 'http://example.com/' + 'a/'.repeat(20000) })
urlCases.push({ input: 'http://' + '['.repeat(3) + ':'.repeat(40000) })
writeCases(out('whatwg-url.json'), urlCases.map(({ input, base }) => ({ input: enc(input), base: base === undefined ? null : base, result: urlResult(input, base) })))

// ---------- koa contexts without a server ----------
function koaContext ({ url = '/', headers = {}, proxy = false, http2 = false, encrypted = false } = {}) {
  const responseHeaders = {}
  const req = { url, method: 'GET', headers, httpVersionMajor: http2 ? 2 : 1, socket: { encrypted, remoteAddress: '127.0.0.1' } }
  const res = {
    statusCode: 404,
    statusMessage: undefined,
    headersSent: false,
    socket: null,
    getHeader: (k) => responseHeaders[k.toLowerCase()],
    setHeader: (k, v) => { responseHeaders[k.toLowerCase()] = v },
    removeHeader: (k) => { delete responseHeaders[k.toLowerCase()] },
    hasHeader: (k) => k.toLowerCase() in responseHeaders,
    getHeaders: () => responseHeaders,
    getHeaderNames: () => Object.keys(responseHeaders)
  }
  const app = { proxy, subdomainOffset: 2, proxyIpHeader: 'X-Forwarded-For', maxIpsCount: 0, env: 'test' }
  const ctx = Object.create(contextProto)
  const request = (ctx.request = Object.create(requestProto))
  const response = (ctx.response = Object.create(responseProto))
  ctx.app = request.app = response.app = app
  ctx.req = request.req = response.req = req
  ctx.res = request.res = response.res = res
  request.ctx = response.ctx = ctx
  request.response = response
  response.request = request
  ctx.originalUrl = request.originalUrl = url
  ctx.state = {}
  return { ctx, responseHeaders }
}

// parseurl + url.format as ctx.path / ctx.querystring use them
const TARGETS = ['/', '/login?next=/dashboard', '/store/shoes', '/a?b#c', '/a b', '/a\\b?c\\d', '  /x  ', '/a#b?c', 'http://x.com/a?b', 'http://u:p@Host.com:80/p?q#h',
  '*', 'example.com:443', '/a^b{c}', '/p?a#b#c', '//x/y', '/%zz?%zz', '/a?b?c', '/?', 'HTTP://EXAMPLE.com', 'http://x.com', 'foo:bar', '/a%2Fb', '/\u00e9?\u00e9=\u00e9']
const NEW_PATHS = ['/logout', '/', '', '/a?b', '/a#b', '/é', 'relative', '/a b', '//x']
const NEW_QUERIES = ['', 'page=2&color=blue', '?a=1', 'a=1#b', 'a b', '#', 'é=1', '?']
const legacy = []
for (let i = 0; i < 60; i++) TARGETS.push('/' + text(12, { lone: 0 }))
for (const url of TARGETS) {
  const parsed = parseurl({ url })
  const entry = { url: enc(url), pathname: parsed.pathname ?? null, query: parsed.query ?? null, setPath: [], setQuerystring: [] }
  for (const p of NEW_PATHS) {
    const { ctx } = koaContext({ url })
    ctx.path = p
    entry.setPath.push([enc(p), enc(ctx.url)])
  }
  for (const q of NEW_QUERIES) {
    const { ctx } = koaContext({ url })
    ctx.querystring = q
    entry.setQuerystring.push([enc(q), enc(ctx.url)])
  }
  legacy.push(entry)
}
writeCases(out('legacy-url.json'), legacy)

// request.host / hostname / subdomains / href / URL
const HOST_VALUES = HOSTS.concat(['foo.com:3000', 'evil.com:fake@a.b.example.com:8080', 'bar.com, baz.com', ' spaced.com , x', 'tobi.ferrets.example.com', '127.0.0.1:3000',
  '[::1]:80', '[::1]:1337', '[2001:cdba::3257:9652]', '[::1]/x', '[::1]#', '[ ::1]', '[::1]?', 'a.b.c.d.e', 'UPPER.Example.COM', 'user@', '@', 'x@y:z', 'x@[::1]:8',
  ' ' + 'a'.repeat(1000), 'a,'.repeat(1000)])
const hostCases = []
for (const host of HOST_VALUES) {
  for (const variant of [{}, { proxy: true, forwarded: true }, { http2: true, authority: true }, { proxy: true, proto: true }]) {
    const headers = {}
    if (variant.forwarded) { headers['x-forwarded-host'] = host; headers.host = 'fallback.com' } else if (variant.authority) { headers[':authority'] = host; headers.host = 'fallback.com' } else headers.host = host
    if (variant.proto) headers['x-forwarded-proto'] = r.pick(['https', 'HTTPS, http', ' http ', '', 'wss'])
    const { ctx } = koaContext({ url: r.pick(['/', '/x?y=1', 'http://abs.example/p']), headers, proxy: !!variant.proxy, http2: !!variant.http2 })
    const url = ctx.URL
    hostCases.push({
      url: ctx.originalUrl, headers, proxy: !!variant.proxy, http2: !!variant.http2,
      host: ctx.host, hostname: ctx.hostname, subdomains: ctx.subdomains, protocol: ctx.protocol, href: ctx.href, URL: url.href ?? null
    })
  }
}
writeCases(out('request-host.json'), hostCases)

// ctx.redirect(url) and ctx.back(alt)
const TARGET_URLS = ['/login', 'http://google.com', 'HTTP://google.com\\@apple.com', 'http://google.com/😓', '<script>', 'javascript:alert(1)', '/a b?c=<d>',
  'https://example.com:443/x', 'http://[::1]:80/', 'back', 'http://user:pa ss@x.com/', '%zz', 'http://a.com/%zz', '']
const redirects = []
for (const target of TARGET_URLS.concat(Array.from({ length: 40 }, () => r.pick(['http://', 'https://', '/', '']) + text(10, { lone: 0.05 })))) {
  for (const accept of ['text/html', 'text/plain', undefined]) {
    const headers = accept ? { accept } : {}
    const { ctx, responseHeaders } = koaContext({ headers })
    let error = null
    try { ctx.redirect(target) } catch (e) { error = e.message }
    redirects.push({ op: 'redirect', target: enc(target), accept: accept ?? null, error, location: enc(responseHeaders.location ?? null), status: ctx.status, type: responseHeaders['content-type'] ?? null, body: enc(ctx.body ?? null) })
  }
}
const REFERRERS = ['/login', 'https://example.com/login', 'https://other.com/login', '//evil.com/login/', 'http://example.com:8080/x', 'http://EXAMPLE.com/',
  'javascript:alert(1)', 'example.com/x', '\\\\evil.com/', 'http:/example.com/y', 'http://user@example.com/', '', '/\t/evil.com']
for (const referrer of REFERRERS) {
  for (const alt of [undefined, '/home', '']) {
    for (const header of ['referer', 'referrer']) {
      const { ctx, responseHeaders } = koaContext({ headers: { host: 'example.com', [header]: referrer } })
      let error = null
      try { ctx.back(alt) } catch (e) { error = e.message }
      redirects.push({ op: 'back', header, referrer: enc(referrer), alt: alt ?? null, error, location: enc(responseHeaders.location ?? null), status: ctx.status })
    }
  }
}
writeCases(out('redirect.json'), redirects)
// sanity: accepts is what ctx.accepts uses
if (accepts({ headers: {} }).types('html') !== 'html') throw new Error('accepts changed')

// wire.json: node's answers on a raw socket (starts servers, so it runs last and on its own).
require('./wire')
