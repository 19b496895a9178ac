'use strict'
// Conformance fixtures for npm path-to-regexp 8.4.2 (the version @koa/router 15.7.0 resolves): runs parse,
// pathToRegexp and match over generated pattern/path pairs, hostile ones included (% sequences, malformed escapes,
// unicode, //, very long segments, dots, +, case variants), and records the regexp source, the match or the error.
// Usage: node generate.js (from this folder).
const path = require('path')
const { match, pathToRegexp, parse, compile } = require('path-to-regexp')
const { rng, writeCases, outcome } = require('../lib/random')

const r = rng(0x9a7b)

const PATTERNS = [
  '/', '/test', '/test/', '/users/:id', '/users/:id/posts/:postId', '/:a/:b/:c', '/files/*path', '/files{/*path}',
  '/:file.:ext', '/:a-:b', '/:a-:b-:c', '/users{/:id}', '/users{/:id}/edit', '/api/v1/:resource{/:id}{.:format}',
  '/*path/edit', '/*a/x/*b', '/:name{.:ext}', '/caf\u00e9/:x', '/\u00fcber/:name', '/:\u00fc', '/:"quoted name"',
  '/a\\:b', '/a\\{b\\}', '/{:x}', '/:x{-:y}', '/:x.json', '/*all', '*all', ':only', '/a/b/c/d/e/f', '/:a+', '/x/:id(\\d+)',
  '/{a', '/:', '/*', '/:a:b', '/static.html', '/v:version/:id', '/:a/*b', '/*a.:b', '/*a/:b', '/users/:id/*rest',
  '{/:locale}/about', '/:a{/:b{/:c}}', '/dots/:a..:b', '/plus/:a+:b', '/%7Euser/:x', '/%/:x', '/ABC/:x', '/x//y/:z',
  '/:a/:a', '/emoji/\ud83d\ude00/:x', '/\u212a/:x', '/ß/:x', '/:a.:b.:c', '/*a-:b', '/:a*b', '/{:a}{:b}',
]
const SEGMENTS = ['42', 'abc', 'a-b', 'a.b', 'a.b.c', 'x-y-z', 'a+b', '+', '++', '%20', '%2F', '%2f', 'a%2Fb', '%', '%%',
  '%zz', '%C3%A9', '%E0%A4%A', '%FF', '%c3', 'caf\u00e9', '\u00fc', '\ud83d\ude00', '\u212a', 'K', 'k', '\u0131', '\u017f',
  '.', '..', '...', '-', 'edit', 'EDIT', 'json', 'x.json', 'test', 'TEST', 'users', 'USERS', 'files', 'a', 'b', 'c', '',
  ' ', '%00', 'a%00b', '~', '*', ':', '(', ')', '{', '}', '\\', 'about', 'en', 'v1', 'api', 'posts']

function segment () {
  if (r.chance(0.03)) return r.pick(['a', '%41', '.', '-', '\u00e9', '%']).repeat(r.int(200, 3000))
  if (r.chance(0.5)) return r.pick(SEGMENTS)
  return r.string(['a', 'B', '1', '-', '.', '+', '%', '2', 'F', '\u00e9', '_', '~'], 1, 8)
}

// A path shaped like the pattern (params filled), then mutated.
function pathFor (pattern) {
  let p = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === ':' || ch === '*') {
      while (i + 1 < pattern.length && /[\w$\u00fc"]/.test(pattern[i + 1])) i++
      p += ch === '*' && r.chance(0.4) ? segment() + '/' + segment() : segment()
    } else if (ch === '{' || ch === '}') {
      if (r.chance(0.5)) { const close = pattern.indexOf('}', i); if (ch === '{' && close > i) i = close }
    } else if (ch === '\\') {
      p += pattern[++i] || ''
    } else {
      p += ch
    }
  }
  return mutate(p)
}

function mutate (p) {
  switch (r.int(0, 9)) {
    case 0: return p + '/'
    case 1: return p + '//'
    case 2: return p.toUpperCase()
    case 3: return p.replace('/', '//')
    case 4: return p + '/' + segment()
    case 5: return p.slice(0, Math.max(0, p.length - r.int(1, 3)))
    case 6: return p + '.' + segment()
    default: return p
  }
}

const OPTIONS = [undefined, { sensitive: true }, { end: false }, { trailing: false }, { decode: false },
  { end: false, trailing: false }, { delimiter: '.' }, { sensitive: true, end: false }]

const cases = []
const sources = []
for (const pattern of PATTERNS) {
  for (const options of OPTIONS) {
    const o = outcome(() => { const { regexp, keys } = pathToRegexp(pattern, options); return { source: regexp.source, flags: regexp.flags, keys: keys.map((k) => `${k.type}:${k.name}`) } })
    sources.push({ pattern, options: options ?? null, ...o })
  }
}
for (let n = 0; cases.length < 6000; n++) {
  const pattern = n % 7 === 0 ? '/' + segment() + (r.chance(0.5) ? '/:' + r.pick(['id', 'x']) : '') : r.pick(PATTERNS)
  const options = r.chance(0.6) ? undefined : r.pick(OPTIONS)
  let fn
  try { fn = match(pattern, options) } catch (e) { continue }
  const input = n % 5 === 0 ? '/' + segment() + (r.chance(0.5) ? '/' + segment() : '') : pathFor(pattern)
  if (!input.isWellFormed()) continue // lone surrogates do not round-trip through JSON to .NET
  const o = outcome(() => fn(input))
  cases.push({ pattern, options: options ?? null, path: input, ...o })
}
// 100 KB hostile paths against patterns whose regexps have the most alternatives and captures.
for (const pattern of ['/:a-:b-:c', '/*a/x/*b', '/:a.:b.:c', '/*a-:b', '/api/v1/:resource{/:id}{.:format}', '/:a{/:b{/:c}}']) {
  for (const unit of ['-', '/x', '.', 'a-', 'x/', '%2F']) {
    const count = Math.floor(100000 / unit.length)
    const input = '/' + unit.repeat(count)
    // Stored as a recipe and a summary (lengths), to keep the fixture small.
    const o = outcome(() => summary(match(pattern, { decode: false })(input)))
    cases.push({ pattern, options: { decode: false }, repeat: { prefix: '/', unit, count }, ...o })
  }
}
function summary (m) {
  if (!m) return false
  const params = {}
  for (const [k, v] of Object.entries(m.params)) params[k] = Array.isArray(v) ? v.map((x) => x.length) : v.length
  return { pathLength: m.path.length, params }
}
const parses = PATTERNS.map((pattern) => ({ pattern, ...outcome(() => parse(pattern).tokens) }))
const compiles = []
for (const pattern of PATTERNS) {
  for (let i = 0; i < 5; i++) {
    let toPath
    try { toPath = compile(pattern) } catch (e) { break }
    const params = {}
    for (const t of JSON.stringify(parse(pattern).tokens).matchAll(/"type":"(param|wildcard)","name":"((?:[^"\\]|\\.)*)"/g)) {
      if (r.chance(0.9)) params[JSON.parse('"' + t[2] + '"')] = t[1] === 'wildcard' ? [segment(), segment()] : segment()
    }
    compiles.push({ pattern, params, ...outcome(() => toPath(params)) })
  }
}
writeCases(path.join(__dirname, 'match.json'), cases)
writeCases(path.join(__dirname, 'regexp.json'), sources)
writeCases(path.join(__dirname, 'parse.json'), parses)
writeCases(path.join(__dirname, 'compile.json'), compiles)
