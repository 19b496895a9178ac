'use strict'
// Conformance fixtures for npm negotiator 0.6.3 (the version Koa 3.3.0 resolves through accepts 1.3.8): runs the
// four module functions preferredMediaTypes / preferredLanguages / preferredCharsets / preferredEncodings over
// generated header values, each without an available list ("listed") and with one ("preferred").
// Headers mix realistic browser values with hostile ones: q-value oddities (q=, q=0.0001, q=1.5, q=-1, q=abc,
// Q=, q="0.1", q = 1), parameters before and after q, wildcards, empty items, white space including HTAB and
// the other JavaScript \s characters, case, quoted commas and semicolons, non-ASCII, control characters and long
// lists. null stands for an absent header.
// Strings that are not well-formed UTF-16 (lone surrogates) are written as { "utf16": [code units] } because
// .NET's JSON reader rejects them as strings.
// Non-ASCII letters are chosen where JavaScript's toLowerCase and .NET's invariant lower-casing agree: not
// U+0130 (JS lower-cases it to two code points), not capital sigma (JS's final-sigma rule) and no letter new in
// Unicode 16 (see the package README, "Differences").
// encodings-1.1.json: negotiator 1.1.0's preferredEncodings(accept, provided, preferred), the copy koa-compress 5.2.2
// resolves (installed under koa-compress/node_modules), over the same kind of headers plus negotiator-1.1-specific
// parameters (OWS around "=", upper-case Q, quoted values with escapes and commas), with and without a preferred
// list (koa-compress's default preference, random ones, an empty one).
// Usage: node generate.js (from this folder).
const path = require('path')
const preferredMediaTypes = require('negotiator/lib/mediaType')
const preferredLanguages = require('negotiator/lib/language')
const preferredCharsets = require('negotiator/lib/charset')
const preferredEncodings = require('negotiator/lib/encoding')
const preferredEncodings11 = require(require.resolve('negotiator/lib/encoding', { paths: [path.dirname(require.resolve('koa-compress'))] }))
const { rng, writeCases } = require('../lib/random')

const HEADERS_PER_KIND = 5050

function enc (value) {
  if (typeof value === 'string') return value.isWellFormed() ? value : { utf16: Array.from({ length: value.length }, (_, i) => value.charCodeAt(i)) }
  if (Array.isArray(value)) return value.map(enc)
  return value
}

// ---------------------------------------------------------------------------------------------------------------
// building blocks shared by the four headers

const QUALITIES = ['1', '0', '0.5', '0.8', '0.9', '0.1', '0.2', '0.001', '0.0001', '1.0', '1.000', '0.000',
  '', '1.5', '2', '-1', '-0', '-0.5', 'abc', '0.5abc', '"0.1"', '"0.7', ' 0.3', '0.3 ', '.5', '5.', '.', '1e-3',
  '1e', '1e+', '2E-1', '+0.4', '0x1', 'Infinity', '-Infinity', '1e400', 'NaN', '0.5=0.9', '=0.5', '0,5', '\t0.6',
  '\u00a00.7', '\u20000.4', '1_0', '٠.5', '00.25', '0.33333333333333333333']
const Q_NAMES = ['q', 'q', 'q', 'q', 'q', 'Q', 'q ', ' q', 'qq', 'q\t']

function quality (r) {
  const name = r.pick(Q_NAMES)
  switch (r.int(0, 9)) {
    case 0: return name
    case 1: return name + '='
    default: return name + '=' + r.pick(QUALITIES)
  }
}

const WS = [' ', ' ', ' ', '\t', '  ', '\u00a0', '\u3000', '\ufeff', '\u2028', '\n', '\r\n', '\v', '\f', '\u0085', '\u180e']
const SEPARATORS = [',', ', ', ', ', ', ', ' , ', ',\t', '\t,', ',,', ', ,', ',  ', ' ,', ',\u00a0']

function ws (r) {
  return r.chance(0.85) ? '' : r.pick(WS)
}

const PARAMS = ['level=1', 'level=2', 'LEVEL=1', 'Level=1', 'level="1"', 'level', 'level=', 'foo=bar', 'foo="bar"',
  'foo="a,b"', 'foo="a;b"', 'foo=";q=0.5;"', 'foo="', 'foo=""', 'foo="bar', 'charset=utf-8', 'charset="UTF-8"',
  'charset=*', 'x=*', 'x="*"', 'a=1=2', '=1', '', ' ', 'profile="http://www.wapforum.org/xhtml"', 'v=2.0', 'b=\u00e9',
  'b=\u00c9', '__proto__=1', 'constructor=x', 'toString=1', 'k=\u212a', 'k=K', 'k=k', 'p=\ud83d\ude00']

function params (r) {
  let s = ''
  const n = r.chance(0.55) ? 0 : r.int(1, 3)
  for (let i = 0; i < n; i++) s += ws(r) + ';' + ws(r) + (r.chance(0.35) ? quality(r) : r.pick(PARAMS))
  if (r.chance(0.05)) s += ';'
  return s
}

function list (r, item, min, max) {
  const n = r.chance(0.01) ? r.int(30, 80) : r.int(min, max)
  let s = ws(r)
  for (let i = 0; i < n; i++) {
    if (i > 0) s += r.pick(SEPARATORS)
    s += item(r)
  }
  return s + ws(r)
}

const JUNK = ['', ' ', ',', ';', ';;', '=', '"', '""', '"a,b"', '*', '**', '/', '//', '*/', '/*', '-', '--', ';q=1',
  'q=0.5', '\u0000', '\u0001', '\u007f', '\u00ff', '\u00e9', '\u4e2d', '\ud83d\ude00', '\ud800', '\udc00', '\\', '(', '<>',
  '\t', '\u2028', 'a\nb', 'a b', 'a\tb', 'a-', '-a']

function junk (r) {
  return r.pick(JUNK)
}

function sample (r, pool, min, max) {
  const n = r.int(min, max)
  const out = []
  for (let i = 0; i < n; i++) out.push(r.pick(pool))
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Accept

const MEDIA = ['text/html', 'text/plain', 'application/json', 'application/xml', 'application/xhtml+xml', 'image/webp',
  'image/png', 'image/jpeg', 'image/avif', 'image/apng', 'application/signed-exchange', 'text/css', 'text/javascript',
  'application/javascript', 'application/octet-stream', 'video/mp4', 'audio/mp3', '*/*', 'text/*', 'image/*',
  'application/*', '*/json', '*/*/*', 'TEXT/HTML', 'Text/Html', 'text/HTML', 'APPLICATION/JSON', 'application/vnd.api+json',
  'multipart/form-data', 'application/x-www-form-urlencoded', 'text/html/extra', 'a/b', 'x/y']
const REAL_ACCEPT = [
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'application/json, text/plain, */*',
  '*/*',
  'image/avif,image/webp,*/*',
  'text/css,*/*;q=0.1',
  'application/json;q=0.2, text/html',
  'text/html;level=1, text/html;level=2;q=0.4, text/*;q=0.3, */*;q=0.5',
  'text/html;foo="bar,text/css;";fizz="buzz,5", text/plain']

function mediaItem (r) {
  switch (r.int(0, 11)) {
    case 0: return junk(r)
    case 1: return r.string(['a', 'B', '/', '*', '-', '+', '.', '\u00e9', '\u4e2d', '"', ';', '=', ' '], 1, 8)
    case 2: return r.pick(MEDIA) + ws(r) + params(r)
    default: return ws(r) + r.pick(MEDIA) + params(r) + ws(r)
  }
}

const MEDIA_AVAILABLE = MEDIA.concat(['text/html;level=1', 'text/html;level=2', 'text/html;LEVEL=1', 'text/html;level="1"',
  'text/html;level=1;foo=bar', 'text/html;foo=bar;level=1', 'text/html; charset=utf-8', 'text/html;charset=UTF-8',
  'text/html;level', 'text/html;q=0.5', 'text/html;q=0.5;level=1', 'text/html;level=1 ', ' text/html', 'text/html\n',
  'text/html;a=1\n', 'textplain', 'boom', '', '*/*', 'text/html;foo="a,b"', 'text/html;foo="bar', 'text/html;k=k',
  'text/html;k=\u212a', 'text/html;x=*', 'application/json;b=\u00c9', 'text/html;__proto__=1', 'TEXT/*', '\ud83d\ude00/x'])

// ---------------------------------------------------------------------------------------------------------------
// Accept-Language

const LANGS = ['en', 'en-US', 'en-GB', 'en-us', 'EN', 'fr', 'fr-CH', 'de', 'de-DE', 'es', 'es-419', 'pt-BR', 'zh-Hant-TW',
  'zh-CN', 'ja', 'nl', 'it', '*', '*-US', 'x-pig-latin', 'i-klingon', 'en_US', 'sr-Latn', 'sr-Cyrl-RS', 'en-', '-en', 'en--US',
  '\u00e9n', 'd\u00e9', '\u4e2d\u6587', 'k', '\u212a', 'K']
const REAL_LANGUAGE = ['en-US,en;q=0.9', 'fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'en-GB,en-US;q=0.9,en;q=0.8',
  'de', '*', 'en;q=0.8, es, pt', 'zh-CN,zh;q=0.9,en;q=0.8', 'nl;q=0.5, fr, de, en, it, es, pt, no, se, fi, ro']

function languageItem (r) {
  switch (r.int(0, 11)) {
    case 0: return junk(r)
    case 1: return r.string(['a', 'B', '-', '*', '_', '\u00e9', '"', ';', '=', ' ', '\t'], 1, 8)
    case 2: return r.pick(LANGS) + ws(r) + (r.chance(0.5) ? ';' + ws(r) + quality(r) : '')
    default: return ws(r) + r.pick(LANGS) + (r.chance(0.4) ? ';' + quality(r) : '') + (r.chance(0.1) ? ';' + r.pick(PARAMS) : '') + ws(r)
  }
}

const LANG_AVAILABLE = LANGS.concat(['en-US;q=0.5', ' en', 'en ', 'en\n', 'en;x\n', 'en us', '', 'en-US-x-twain', 'es-ES'])

// ---------------------------------------------------------------------------------------------------------------
// Accept-Charset / Accept-Encoding

const CHARSETS = ['utf-8', 'UTF-8', 'Utf-8', 'iso-8859-1', 'ISO-8859-1', 'utf-7', 'utf-16', 'koi8-r', 'KOI8-R',
  'windows-1252', 'us-ascii', '*', 'unicode-1-1', 'utf8', '\u00e9', 'k', '\u212a', 'shift_jis']
const REAL_CHARSET = ['utf-8, iso-8859-1;q=0.5', 'ISO-8859-1,utf-8;q=0.7,*;q=0.7', 'utf-8', '*',
  'utf-8, iso-8859-1;q=0.2, utf-7;q=0.5', 'UTF-8;q=0.9, ISO-8859-1;q=0.8, UTF-8;q=0.7', 'UTF-8;foo="bar,baz", ISO-8859-1']

const ENCODINGS = ['gzip', 'GZIP', 'Gzip', 'deflate', 'br', 'zstd', 'compress', 'x-gzip', 'identity', 'IDENTITY',
  'Identity', '*', 'sdch', 'bzip2', 'k', '\u212a', '\u00e9']
const REAL_ENCODING = ['gzip, deflate, br, zstd', 'gzip, deflate, br', 'gzip, deflate', 'br;q=1.0, gzip;q=0.8, *;q=0.1',
  'identity', 'gzip;q=0.8, identity;q=0.5, *;q=0.3', '*;q=0', 'identity;q=0', '*;q=0, identity;q=1', 'gzip, compress;q=0']

function tokenItem (pool) {
  return (r) => {
    switch (r.int(0, 11)) {
      case 0: return junk(r)
      case 1: return r.string(['a', 'B', '-', '*', '_', '\u00e9', '"', ';', '=', ' ', '\t'], 1, 8)
      case 2: return r.pick(pool) + ws(r) + (r.chance(0.6) ? ';' + ws(r) + quality(r) : '')
      default: return ws(r) + r.pick(pool) + (r.chance(0.1) ? ';' + r.pick(PARAMS) : '') + (r.chance(0.45) ? ws(r) + ';' + ws(r) + quality(r) : '') + ws(r)
    }
  }
}

const CHARSET_AVAILABLE = CHARSETS.concat(['', ' utf-8', 'utf-8 ', 'UTF-8;q=1'])
const ENCODING_AVAILABLE = ENCODINGS.concat(['', ' gzip', 'gzip '])

// ---------------------------------------------------------------------------------------------------------------

function header (r, real, item, min, max) {
  switch (r.int(0, 19)) {
    case 0: return null
    case 1: return ''
    case 2: return r.pick(WS)
    case 3: case 4: return r.pick(real)
    case 5: return r.pick(real) + r.pick(SEPARATORS) + item(r)
    default: return list(r, item, min, max)
  }
}

// the pool values the header mentions (ignoring case), so that many available lists do match
function mentioned (value, pool) {
  const lower = (value || '').toLowerCase()
  const hits = pool.filter((v) => v.length > 1 && lower.includes(v.toLowerCase()))
  return hits.length > 0 ? hits : pool
}

function cases (name, seed, fn, real, item, pool) {
  const r = rng(seed)
  const out = []
  for (let n = 0; n < HEADERS_PER_KIND; n++) {
    const value = header(r, real, item, 1, 5)
    const available = r.chance(0.04) ? [] : sample(r, r.chance(0.5) ? mentioned(value, pool) : pool, 1, r.chance(0.02) ? 30 : 4)
    out.push({
      header: enc(value),
      listed: enc(fn(value === null ? undefined : value)),
      available: enc(available),
      preferred: enc(fn(value === null ? undefined : value, available))
    })
  }
  writeCases(path.join(__dirname, name), out)
}

cases('mediaTypes.json', 0x0a11, preferredMediaTypes, REAL_ACCEPT, mediaItem, MEDIA_AVAILABLE)
cases('languages.json', 0x1a06, preferredLanguages, REAL_LANGUAGE, languageItem, LANG_AVAILABLE)
cases('charsets.json', 0xc5e7, preferredCharsets, REAL_CHARSET, tokenItem(CHARSETS), CHARSET_AVAILABLE)
cases('encodings.json', 0xe2c0, preferredEncodings, REAL_ENCODING, tokenItem(ENCODINGS), ENCODING_AVAILABLE)

// ---------------------------------------------------------------------------------------------------------------
// negotiator 1.1 (koa-compress 5.2.2's): encodings with a preferred list

const PARAMS_11 = ['q = 0.5', 'Q=0.3', 'q\t=\t0.2', 'q="0.\\5"', 'q="0.4";q=0.9', 'x="a\\"b,c";q=0.5', 'x="a,b";Q=0.1',
  'q', 'q=', 'q=""', 'q="', 'q=" 0.6 "', 'q=0.7 ;x=1', 'x=1;q=0', 'q=0;q=1', 'x="1;q=0.1"', 'x="\\', 'Q =  0.25 ']
const PREFERENCES = [['zstd', 'br', 'gzip', 'deflate', 'identity'], ['br', 'gzip', 'deflate', 'identity'], ['gzip', 'br'], ['identity'],
  ['GZIP', 'br'], ['*', 'gzip'], []]

function tokenItem11 (r) {
  if (r.chance(0.3)) return ws(r) + r.pick(ENCODINGS) + ws(r) + ';' + ws(r) + r.pick(PARAMS_11) + (r.chance(0.2) ? ';' + r.pick(PARAMS_11) : '') + ws(r)
  return tokenItem(ENCODINGS)(r)
}

function cases11 (name, seed) {
  const r = rng(seed)
  const out = []
  for (let n = 0; n < HEADERS_PER_KIND; n++) {
    const value = header(r, REAL_ENCODING, tokenItem11, 1, 5)
    const available = r.chance(0.04) ? [] : sample(r, r.chance(0.5) ? mentioned(value, ENCODING_AVAILABLE) : ENCODING_AVAILABLE, 1, r.chance(0.02) ? 30 : 5)
    const preference = r.chance(0.2) ? null : r.chance(0.5) ? r.pick(PREFERENCES) : sample(r, ENCODING_AVAILABLE, 0, 4)
    const accept = value === null ? undefined : value
    const pref = preference === null ? undefined : preference
    out.push({
      header: enc(value),
      preference: enc(preference),
      listed: enc(preferredEncodings11(accept, undefined, pref)),
      available: enc(available),
      preferred: enc(preferredEncodings11(accept, available, pref))
    })
  }
  writeCases(path.join(__dirname, name), out)
}

cases11('encodings-1.1.json', 0xe211)
