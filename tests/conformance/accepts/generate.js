'use strict'
// Conformance fixtures for npm accepts 1.3.8 (the version Koa 3.3.0 resolves; it uses negotiator 0.6.3 and its own
// mime-types 2.1.35 / mime-db 1.52.0): runs types / encodings / charsets / languages over generated request headers,
// with no argument (the accepted list) and with a list of arguments: extension names (json, .html, file.txt, paths,
// unknown ones), media types, wildcards and invalid types for types(); codings, charsets and language tags for the
// others. Headers are absent, empty, realistic or hostile. The arguments are passed as an array: the flattened
// form only differs for a first argument '' (which returns the whole list; see the package README).
// Usage: node generate.js (from this folder).
const path = require('path')
const accepts = require('accepts')
const { rng, writeCases } = require('../lib/random')

const CASES = 6000
const r = rng(0xacce)

const WS = ['', '', '', '', ' ', '\t', '  ']
const sep = () => r.pick([',', ', ', ', ', ' , ', ',\t', ',,'])
const q = () => r.pick(['', '', '', ';q=0.5', ';q=0.8', ';q=0.2', ';q=0', ';q=1', ';q=0.001', ';q=1.5', ';q=-1', ';q=abc', ';Q=0.3', ';q=', ';q="0.4"'])

function list (pool, max) {
  const n = r.chance(0.02) ? r.int(20, 50) : r.int(1, max)
  let s = r.pick(WS)
  for (let i = 0; i < n; i++) s += (i > 0 ? sep() : '') + r.pick(WS) + r.pick(pool) + q() + r.pick(WS)
  return s
}

function header (real, pool) {
  switch (r.int(0, 9)) {
    case 0: return undefined
    case 1: return ''
    case 2: case 3: return r.pick(real)
    default: return list(pool, 5)
  }
}

const ACCEPT_REAL = [
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'application/json, text/plain, */*', '*/*',
  'application/*;q=0.2, image/jpeg;q=0.8, text/html, text/plain', 'text/plain, text/html', 'application/json, text/*',
  'image/avif,image/webp,*/*', 'text/css,*/*;q=0.1', 'application/json;q=0.2, text/html']
const ACCEPT_POOL = ['text/html', 'text/plain', 'application/json', 'application/xml', 'text/xml', 'application/xhtml+xml',
  'image/webp', 'image/png', 'image/jpeg', 'image/*', 'text/*', 'application/*', '*/*', 'application/javascript',
  'text/javascript', 'audio/wave', 'audio/wav', 'application/rtf', 'text/markdown', 'application/octet-stream',
  'TEXT/HTML', 'text/html;level=1', 'text/html;charset=utf-8', 'multipart/form-data', 'application/x-www-form-urlencoded',
  'dir/file', 'textplain', '', '*', 'text/', '\u00e9/\u00e9', 'video/mp4', 'font/woff2']
const ENCODING_REAL = ['gzip, deflate, br, zstd', 'gzip, deflate, br', 'gzip, compress;q=0.2', 'identity', '*', '*;q=0',
  'identity;q=0', 'gzip;q=0.8, identity;q=0.5, *;q=0.3', 'br;q=1.0, gzip;q=0.8, *;q=0.1']
const ENCODING_POOL = ['gzip', 'deflate', 'br', 'zstd', 'compress', 'identity', '*', 'GZIP', 'x-gzip', '']
const CHARSET_REAL = ['utf-8, iso-8859-1;q=0.2, utf-7;q=0.5', 'utf-8', '*', 'ISO-8859-1,utf-8;q=0.7,*;q=0.7', 'UTF-8;q=0']
const CHARSET_POOL = ['utf-8', 'UTF-8', 'iso-8859-1', 'utf-7', 'utf-16', 'koi8-r', 'windows-1252', '*', '']
const LANGUAGE_REAL = ['en;q=0.8, es, pt', 'en-US,en;q=0.9', 'fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', '*', 'de',
  'zh-CN,zh;q=0.9,en;q=0.8']
const LANGUAGE_POOL = ['en', 'en-US', 'en-GB', 'es', 'pt', 'pt-BR', 'fr', 'fr-CH', 'de', 'zh-CN', 'zh', '*', 'EN', '']

const TYPE_ARGS = ['json', 'html', 'htm', 'txt', 'text', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'xml', 'js',
  'mjs', 'css', 'md', 'markdown', 'rtf', 'wav', 'mp4', 'pdf', 'csv', 'yaml', 'bin', 'woff2', 'JSON', 'HTML', 'Txt',
  '.json', '.html', '.txt', '.png', '.JSON', 'file.json', 'index.html', '/path/to/file.png', 'C:\\a\\f.txt', 'a.b.c.css',
  'tar.gz', 'bogus', 'bogusext', 'foo', '', '.', 'txt.', 'json ', ' json', '\u00e9', 'urlencoded', 'multipart',
  'text/html', 'text/plain', 'application/json', 'image/png', 'image/tiff', 'application/*', 'text/*', '*/*', 'image/*',
  'TEXT/HTML', 'text/html;level=1', 'text/html; charset=utf-8', 'application/x-www-form-urlencoded',
  'multipart/form-data', 'application/javascript', 'dir/file', 'folder/', '/html', 'text/', 'a/b/c', '*/json']

function args (pool) {
  const n = r.chance(0.05) ? r.int(8, 20) : r.int(1, 4)
  const out = []
  for (let i = 0; i < n; i++) out.push(r.pick(pool))
  return out
}

const METHODS = [
  ['types', 'accept', ACCEPT_REAL, ACCEPT_POOL, TYPE_ARGS],
  ['encodings', 'accept-encoding', ENCODING_REAL, ENCODING_POOL, ENCODING_POOL.concat(['identity', 'gzip', 'br'])],
  ['charsets', 'accept-charset', CHARSET_REAL, CHARSET_POOL, CHARSET_POOL.concat(['utf-8', 'UTF-8'])],
  ['languages', 'accept-language', LANGUAGE_REAL, LANGUAGE_POOL, LANGUAGE_POOL.concat(['en', 'es'])]
]

const cases = []
for (let n = 0; n < CASES; n++) {
  const headers = {}
  for (const [, name, real, pool] of METHODS) {
    const value = r.chance(0.5) ? header(real, pool) : undefined
    if (value !== undefined) headers[name] = value
  }
  const [method, name, real, pool, argPool] = r.pick(METHODS)
  if (!(name in headers) && r.chance(0.8)) {
    const value = header(real, pool)
    if (value !== undefined) headers[name] = value
  }
  const list = r.chance(0.15) ? null : args(argPool)
  const accept = accepts({ headers })
  const result = list === null ? accept[method]() : accept[method](list)
  cases.push({ headers, method, args: list, result })
}

writeCases(path.join(__dirname, 'accepts.json'), cases)
