'use strict'
// cookies 0.9.2 (with keygrip 1.1.0) over generated calls, node's clock frozen per case:
//   set.json  sequences of cookies.set(name, value, opts) → the Set-Cookie list, or the error thrown;
//   get.json  cookies.get(name, opts) over generated Cookie headers → the value and any Set-Cookie it queued.
// Run: node generate.js
const path = require('path')
const Cookies = require('cookies')
const Keygrip = require('keygrip')
const { rng, writeCases } = require('../lib/random')

const r = rng(0x636f6f6b)

// System.Text.Json cannot read lone surrogates, so a string holding one is written as its UTF-16 code units.
function enc (s) {
  if (typeof s !== 'string' || s.isWellFormed()) return s
  return { utf16: Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)) }
}

const realNow = Date.now
function frozen (now, fn) {
  Date.now = () => now
  try { return fn() } finally { Date.now = realNow }
}

// A node request/response pair as cookies sees it: req.headers.cookie, req.protocol, req.socket.encrypted,
// res.getHeader/setHeader. Node joins repeated Cookie header lines with '; '.
function pair (cookieHeader, encrypted, existing) {
  const req = { headers: {}, socket: { encrypted: encrypted } }
  if (cookieHeader !== undefined) req.headers.cookie = Array.isArray(cookieHeader) ? cookieHeader.join('; ') : cookieHeader
  const res = {
    headers: {},
    getHeader (n) { return this.headers[n.toLowerCase()] },
    setHeader (n, v) { this.headers[n.toLowerCase()] = v }
  }
  if (existing !== undefined) res.headers['set-cookie'] = existing.slice()
  return { req, res }
}

function setCookieList (res) {
  const h = res.getHeader('Set-Cookie')
  return h === undefined ? [] : (typeof h === 'string' ? [h] : h.slice())
}

function errorOf (e) {
  return { error: e.message, errorType: e.constructor.name }
}

const printable = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~'.split('')
const tokenish = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&\'*+-.^_`|~'.split('')
const latin1 = ['é', 'ß', '\u00a0', '\u00ff', '\u0080', '\u0085']
const hostile = ['\u0000', '\n', '\r', '\r\n', '\u001f', '\u007f', '\u0100', '日', '😀', '\ud800', ';', '=', '"', ',', '\t', ' ', '<', '>']

function pick (list) { return r.pick(list) }

function name () {
  const kind = r.chance(0.6) ? 0 : r.int(0, 19)
  if (kind <= 9) return r.string(tokenish, 1, 12)
  if (kind <= 12) return r.string(printable, 1, 12)
  if (kind === 13) return r.string(tokenish.concat(latin1, ['\t', ' ']), 1, 12)
  if (kind === 14) return r.string(tokenish, 0, 4) + pick(hostile) + r.string(tokenish, 0, 4)
  if (kind === 15) return pick(['foo*(#bar)?.|$', 'foo.sig', 'a b', ' a', 'a ', '\ta', 'userName', '__Host-sid', '$Version'])
  if (kind === 16) return ''
  if (kind === 17) return "userName=<script>alert('XSS3')</script>; Max-Age=2592000; a"
  return r.string(tokenish, 200, 400)
}

function value () {
  const kind = r.chance(0.4) ? 0 : r.int(0, 19)
  if (kind <= 7) return r.string(tokenish, 1, 24)
  if (kind <= 10) return r.string(printable, 0, 24)
  if (kind === 11) return r.string(tokenish.concat(latin1, ['\t', ' ', '=', '"']), 1, 24)
  if (kind === 12) return r.string(tokenish, 0, 6) + pick(hostile) + r.string(tokenish, 0, 6)
  if (kind === 13) return pick([null, undefined, '', 0, false])
  if (kind === 14) return '"' + r.string(tokenish, 0, 10) + '"'
  if (kind === 15) return 'a=b=c'
  if (kind === 16) return r.string(tokenish, 1000, 5000)
  return r.string(tokenish, 1, 40)
}

const validPaths = ['/', '/', '/admin', '', null, '/foo.bar/baz', '/foo=bar?baz', '/foo"bar"', '../foo/', './', '/ space', '/~user']

function path_ () {
  if (r.chance(0.6)) return pick(validPaths)
  return pick([
    '/', '/admin', '', null, '/foo.bar/baz', '/foo=bar?baz', '/foo"bar"', '../foo/', './', '/ space', '/~user',
    '/; samesite=none; domain=evil.example', '/; Domain=evil', '/\n', '/\r\nSet-Cookie: x=y', '/foo\u0000', '/<script>',
    '/é', '/\t', '/' + r.string(printable, 1, 20), r.string(printable, 0, 30)
  ])
}

const validDomains = ['example.com', '.example.com', 'sub.example.com', 'localhost', 'my-site.org', 'EXAMPLE.COM', 'a', '1.2.3.4', '', null, 'a'.repeat(63) + '.com']

function domain () {
  if (r.chance(0.6)) return pick(validDomains)
  return pick([
    'example.com', '.example.com', 'sub.example.com', 'localhost', 'my-site.org', 'EXAMPLE.COM', 'a', '1.2.3.4',
    '', null, 'x;secure', 'example.com; Path=/', 'example.com\n', 'domain..com', 'my site.org', '-a.com', 'a-.com',
    'example.com.', '.', '..a', 'a'.repeat(63) + '.com', 'a'.repeat(64) + '.com', 'ex_ample.com', 'exämple.com',
    'example.com /* inject a comment */', 'sub.example.com\u0000', r.string('abc-.0'.split(''), 1, 12)
  ])
}

function maxAge () {
  return pick([
    86400000, 1000, 1, 999, 1001, 0, -1000, -86400000, 1.5, 999.9, 1e12, -1e12, 2.5e14, 1e16, -1e16, 1e20,
    'Infinity', '-Infinity', r.int(-1e9, 1e9), r.int(1, 1e11)
  ])
}

function sameSite () {
  return pick([true, false, 'strict', 'lax', 'none', 'Strict', 'LAX', 'None', 'foo', 'true', '', 'strict ', 'nonE'])
}

function priority () {
  return pick(['low', 'medium', 'high', 'HIGH', 'Low', 'MeDiUm', 'foo', '', 'high ', 'critical'])
}

function options () {
  if (r.chance(0.15)) return undefined
  const o = {}
  if (r.chance(0.25)) o.maxAge = maxAge()
  if (r.chance(0.15)) o.expires = pick([0, 1, 1763700000123, 946684800000, -1000, 253402300799999, -62135596800000, r.int(0, 4e12)])
  if (r.chance(0.3)) o.path = path_()
  if (r.chance(0.3)) o.domain = domain()
  if (r.chance(0.2)) o.secure = r.chance(0.5)
  if (r.chance(0.2)) o.httpOnly = r.chance(0.5)
  if (r.chance(0.25)) o.sameSite = sameSite()
  if (r.chance(0.35)) o.signed = r.chance(0.6)
  if (r.chance(0.25)) o.overwrite = r.chance(0.7)
  if (r.chance(0.15)) o.partitioned = r.chance(0.5)
  if (r.chance(0.2)) o.priority = priority()
  return o
}

function toNode (o) {
  if (o === undefined) return undefined
  const n = Object.assign({}, o)
  if (n.maxAge === 'Infinity') n.maxAge = Infinity
  if (n.maxAge === '-Infinity') n.maxAge = -Infinity
  if ('expires' in n) n.expires = new Date(n.expires)
  return n
}

function expiryOutOfRange (now, value, o) {
  if (!o || !value || typeof o.maxAge !== 'number' || !o.maxAge || !isFinite(o.maxAge)) return false
  const t = Math.trunc(now + o.maxAge)
  return !(t >= -62135596800000 && t <= 253402300799999)
}

const keySets = [undefined, ['keyboard cat'], ['keyboard cat a', 'keyboard cat b'], ['a', 'b'], ['im a newer secret', 'i like turtle'], ['é😀', '']]

// ---- set.json ----
const setCases = []

function runSet (c, calls) {
  const { req, res } = pair(undefined, c.encrypted, c.existing)
  const opts = c.keys ? { keys: c.keys } : {}
  if (c.secure !== undefined) opts.secure = c.secure
  const cookies = new Cookies(req, res, opts)
  return frozen(c.now, () => {
    try {
      for (const call of calls) cookies.set(call.name, call.value, toNode(call.options))
      return { headers: setCookieList(res).map(enc) }
    } catch (e) {
      return errorOf(e)
    }
  })
}

function addSet (c) {
  const out = { keys: c.keys === undefined ? null : c.keys, secure: c.secure === undefined ? null : c.secure, encrypted: c.encrypted, now: c.now, existing: c.existing === undefined ? null : c.existing.map(enc), calls: [] }
  for (const call of c.calls) {
    out.calls.push({ name: enc(call.name), value: call.value === undefined ? null : enc(call.value), options: call.options === undefined ? null : call.options })
  }
  Object.assign(out, runSet(c, c.calls))
  // An expiry outside years 1-9999 ("Invalid Date" or a 5-digit year in node) has no .NET counterpart: the port
  // rejects that maxAge as node rejects an infinite one. outOfRange holds node's outcome with such a maxAge
  // replaced by Infinity, which is what the port must reproduce.
  if (c.calls.some((call) => expiryOutOfRange(c.now, call.value, toNode(call.options)))) {
    const replaced = c.calls.map((call) => expiryOutOfRange(c.now, call.value, toNode(call.options))
      ? Object.assign({}, call, { options: Object.assign({}, call.options, { maxAge: 'Infinity' }) })
      : call)
    out.outOfRange = runSet(c, replaced)
  }
  setCases.push(out)
}

const NOW = 1763700000123

// Upstream's own examples and the security regressions first.
addSet({ encrypted: false, now: NOW, calls: [{ name: 'foo', value: 'bar' }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'foo', value: 'bar', options: { partitioned: true } }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'foo', value: 'bar', options: { priority: 'HIGH' } }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'foo', value: 'bar', options: { sameSite: true } }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'foo', value: null, options: { maxAge: 86400000 } }] })
addSet({ encrypted: false, now: NOW, keys: ['keyboard cat'], calls: [{ name: 'foo', value: 'bar', options: { signed: true } }] })
addSet({ encrypted: false, now: NOW, keys: ['a', 'b'], calls: [{ name: 'foo', value: 'bar' }, { name: 'foo', value: 'fizz', options: { overwrite: true } }] })
addSet({ encrypted: true, now: NOW, keys: ['a', 'b'], calls: [{ name: 'foo', value: 'bar', options: { secure: true } }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'foo', value: 'bar', options: { secure: true } }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'foo', value: 'bar', options: { signed: true } }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'sid', value: 'v', options: { path: '/; samesite=none; domain=evil.example' } }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'sid', value: 'v', options: { domain: 'x;secure' } }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: "userName=<script>alert('XSS3')</script>; Max-Age=2592000; a", value: 'test' }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'foo', value: 'bar', options: { path: '/; Domain=evil' } }] })
addSet({ encrypted: false, now: NOW, calls: [{ name: 'foo', value: 'bar', options: { maxAge: 1e20 } }] })
addSet({ encrypted: false, now: NOW, existing: ['foo=old; path=/', 'foo.sig=old', 'foo2=x', 'food=y'], keys: ['k'], calls: [{ name: 'foo', value: 'new', options: { overwrite: true } }] })
addSet({ encrypted: false, now: NOW, existing: ['a=1'], calls: [{ name: 'foo', value: 'bar' }] })

for (let n = 0; n < 1500; n++) {
  const calls = []
  const count = r.pick([1, 1, 1, 1, 2, 2, 3, 4])
  const names = [name(), name()]
  for (let k = 0; k < count; k++) calls.push({ name: r.chance(0.7) ? names[0] : pick(names.concat(name())), value: value(), options: options() })
  const c = {
    keys: pick(keySets),
    encrypted: r.chance(0.3),
    now: pick([NOW, 0, 1, 946684799999, r.int(0, 4102444800000), 253402300799000, -62135596800000 + 500]),
    calls
  }
  if (r.chance(0.3)) c.secure = r.chance(0.5)
  if (r.chance(0.15)) c.existing = pick([['foo=1'], ['x=1; path=/', 'y=2'], [names[0] + '=old', names[0] + '.sig=old', names[0] + 'x=keep']])
  addSet(c)
}

writeCases(path.join(__dirname, 'set.json'), setCases)

// ---- get.json ----
const getCases = []

function addGet (header, getName, opts, keys) {
  const { req, res } = pair(header, false)
  const cookies = new Cookies(req, res, keys ? { keys: keys } : undefined)
  const out = { header: header === undefined ? null : (Array.isArray(header) ? header.map(enc) : enc(header)), name: enc(getName), options: opts === undefined ? null : opts, keys: keys || null }
  frozen(NOW, () => {
    try {
      const v = cookies.get(getName, opts)
      out.value = v === undefined ? null : enc(v)
      out.headers = setCookieList(res).map(enc)
    } catch (e) {
      Object.assign(out, errorOf(e))
    }
  })
  getCases.push(out)
}

const separators = [';', '; ', ';  ', ' ;', ' ; ', ';\t', ';;', '']
const getValues = ['bar', '"bar"', '"bar', 'bar"', '"', '""', '', ' ', ' y ', 'a=b', 'é', '\t', 'x y', '%20', '"a;b"', '\u0000', '日本']

function piece (names) {
  const kind = r.int(0, 9)
  if (kind === 0) return pick([' ', '', '=', '==', 'noequals', '  spaced  '])
  const n = pick(names)
  const v = r.chance(0.6) ? pick(getValues) : r.string(printable.filter((c) => c !== ';'), 0, 12)
  return pick(['', '', '', ' ', '  ', '\t']) + n + pick(['=', '=', '=', ' =', '= ']) + v
}

function header (names) {
  const parts = []
  const count = r.int(0, 8)
  for (let i = 0; i < count; i++) parts.push(piece(names))
  let h = ''
  for (let i = 0; i < parts.length; i++) h += (i === 0 ? '' : pick(separators)) + parts[i]
  return h
}

// Upstream's own examples (cookies test/test.js) and jshttp/cookie's parse inputs.
addGet('foo=bar', 'foo', undefined)
addGet('foo="bar"', 'foo', undefined)
addGet('foo*(#bar)?.|$=buzz', 'foo*(#bar)?.|$', undefined)
addGet('foo=bar', 'fizz', undefined)
addGet(undefined, 'foo', undefined)
addGet('foo=bar; foo.sig=iW2fuCIzk9Cg_rqLT1CAqrtdWs8', 'foo', { signed: true })
addGet('foo=bar; foo.sig=iW2fuCIzk9Cg_rqLT1CAqrtdWs8', 'foo', { signed: true }, ['keyboard cat'])
addGet('foo=bar; foo.sig=v5f380JakwVgx2H9B9nA6kJaZNg', 'foo', { signed: true }, ['keyboard cat'])
addGet('foo=bar; foo.sig=NzdRHeORj7MtAMhSsILYRsyVNI8', 'foo', { signed: true }, ['keyboard cat a', 'keyboard cat b'])
for (const [h, names] of [
  ['foo=bar', ['foo']], ['foo=123', ['foo']], ['FOO    = bar;   baz  =   raz', ['FOO', 'FOO    ', 'baz', 'baz  ', '   baz  ']],
  ['foo=; bar=', ['foo', 'bar']], ['f=', ['f']], ['f=;b=', ['f', 'b']],
  ['foo="bar=123456789&name=Magic+Mouse"', ['foo']], ['email=%20%22%2c%3b%2f', ['email']],
  ['foo=" a b c "', ['foo']], ['  foo  =  "bar"  ', ['foo', 'foo  ']], ['  foo  =  bar  ;  fizz  =  buzz  ', ['foo', 'foo  ', 'fizz', 'fizz  ']],
  [' = bar ', ['', ' ']], [' foo = ', ['foo', 'foo ']], ['   =   ', ['', ' ', '   ']], ['\tfoo\t=\tbar\t', ['foo', '\tfoo\t']],
  ['foo=%1;bar=bar', ['foo', 'bar']], ['foo=bar;fizz  ;  buzz', ['foo', 'fizz', 'buzz']], ['  fizz; foo=  bar', ['foo', 'fizz']],
  ['foo=%1;bar=bar;foo=boo', ['foo']], ['foo=false;bar=bar;foo=true', ['foo']], ['foo=;bar=bar;foo=boo', ['foo']],
  ['toString=foo;valueOf=bar', ['toString', 'valueOf', '__proto__']], ['foo="YmFy"', ['foo']],
  ['a=1;;b=2', ['b', ';b']], ['x;;a=1', [';a', 'a']], ['a=1; b=2', [' b', 'b', '  b']], [';a=1', ['a', ';a']]
]) {
  for (const n of names) addGet(h, n, undefined)
}
// Repeated Cookie header lines.
addGet(['a=1', 'b=2'], 'b', undefined)
addGet(['a=1', 'b=2'], ' b', undefined)
addGet(['', 'b=2'], 'b', undefined)
addGet(['b=1', 'b=2'], 'b', undefined)
addGet(['foo=bar', 'foo.sig=iW2fuCIzk9Cg_rqLT1CAqrtdWs8'], 'foo', { signed: true }, ['keyboard cat'])

const getOptions = [undefined, undefined, {}, { signed: true }, { signed: false }]
for (let n = 0; n < 1500; n++) {
  const target = r.chance(0.7) ? r.string(tokenish, 1, 6) : name()
  const names = [target, target, target + '.sig', target + 'x', 'x' + target, target.toUpperCase(), ' ' + target, target + ' ', r.string(tokenish, 1, 6)]
  let h = header(names)
  const keys = pick(keySets)
  const opts = pick(getOptions)
  // Signed material: a genuine, older-key, other-key or tampered signature for one occurrence of the target.
  if (r.chance(0.45)) {
    const v = r.chance(0.8) ? r.string(tokenish, 0, 16) : pick(getValues)
    const signer = pick([keys, ['keyboard cat'], ['keyboard cat b'], ['b'], ['other']].filter(Boolean))
    let sig = new Keygrip([pick(signer)]).sign(target + '=' + (v[0] === '"' ? v.slice(1, -1) : v))
    if (r.chance(0.2)) sig = pick([sig.slice(1), sig + 'x', '"' + sig + '"', '', sig.toUpperCase()])
    const mine = [target + '=' + v, target + '.sig=' + sig]
    if (r.chance(0.3)) mine.reverse()
    h = (h && r.chance(0.5) ? h + '; ' : '') + mine.join(pick(['; ', ';', '; x=1; '])) + (h && r.chance(0.5) ? '; ' + h : '')
  }
  const lines = r.chance(0.1) ? [h, header(names)] : h
  addGet(r.chance(0.03) ? undefined : lines, target, opts, keys)
}

writeCases(path.join(__dirname, 'get.json'), getCases)
