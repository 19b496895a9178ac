'use strict'
// Conformance fixtures for npm content-disposition 1.0.1 (the version Koa 3.3.0 resolves): runs
// contentDisposition(filename, options) over generated file names x options and contentDisposition.parse over
// generated header values, valid and broken, recording the value or the error message.
// Strings that are not well-formed UTF-16 (lone surrogates) are written as { "utf16": [code units] } because
// .NET's JSON reader rejects them as strings. Parameter names "__proto__" are left out: a JavaScript object
// cannot hold them (see the package README).
// Usage: node generate.js (from this folder).
const path = require('path')
const contentDisposition = require('content-disposition')
const { rng, writeCases, outcome } = require('../lib/random')

const r = rng(0xc0d1)

function enc (value) {
  if (typeof value === 'string') return value.isWellFormed() ? value : { utf16: Array.from({ length: value.length }, (_, i) => value.charCodeAt(i)) }
  return value
}

// ---------------------------------------------------------------------------------------------------------------
// create

const STEMS = ['plans', 'the plans', 'rates', 'report 2024', 'a', 'x.y.z', 'README', '.hidden', 'archive.tar',
  'na\u00efve', '\u00abplans\u00bb', '\u00a3 rates', 'caf\u00e9', '1\u00b5', '\u00ff\u00fe', '\u00a0nbsp',
  '\u20ac rates', '\u043f\u043b\u0430\u043d\u044b', '\u8ba1\u5212', '\u65e5\u672c\u8a9e', '\u0130stanbul',
  '\ud83d\ude00 smile', 'emoji\ud83c\udf89', '\ud800lone', 'lone\udc00', '\u0085nel', '\u0080ctrl', '\u009f',
  'the%20plans', '50%', '100%ab', '%E2%82%AC', '%zz', '%4', 'a%2', '%%41',
  'the "plans"', '"quoted"', 'back\\slash', 'C:\\temp\\file', '\\\\server\\share', "it's", '(1)', 'a*b', 'semi;colon',
  'comma,name', 'eq=sign', 'brackets[1]', 'curly{}', 'at@sign', 'q?mark', 'colon:name', 'lt<gt>', 'pipe|bar',
  'tab\there', 'new\nline', 'cr\rlf', 'nul\u0000', 'del\u007f', 'bell\u0007', 'space end ', ' leading', '   ',
  '~tilde', 'excl!', 'hash#', 'dollar$', 'amp&', 'plus+', 'caret^', 'under_score', 'back`tick', 'dash-ed']
const EXTS = ['', '.pdf', '.txt', '.html', '.tar.gz', '.\u20ac', '.%41', '.', '..']
const DIRS = ['', '', '', '/', '/path/to/', 'path/', '../', './', '//', 'a/b/c/', '/\u20ac/', 'C:\\dir\\', '\\', '%2F']
const TYPES = [undefined, undefined, undefined, 'attachment', 'inline', 'INLINE', 'Attachment', 'form-data', 'x-custom',
  "a!#$%&'*+.^_`|~-z", '', 'in valid', 'a;b', 'inline\t', '"inline"', 'caf\u00e9', '\u212a', 'a/b', 'x=1']
const FALLBACKS = [undefined, undefined, true, false, 'plans.pdf', 'EURO rates.pdf', '/path/to/EURO rates.pdf',
  '\u00a3 rates.pdf', '', 'the "plans".pdf', 'back\\slash.pdf', '\u20ac rates.pdf', 'ctrl\u0001.pdf', '\u0085',
  'dir/', 'tab\t.pdf', '\u00ff.pdf', 'a%20b.pdf']

function filename () {
  switch (r.int(0, 12)) {
    case 0: return ''
    case 1: return r.pick(DIRS)
    case 2: return r.string(['a', 'B', '\u00e9', '\u20ac', '\ud83d\ude00', '%', '4', '1', '"', '\\', '/', ' ', '\t', '\u0001', '\u00a0', '\u0099', '\ud800', '\udfff', "'", '*', '(', ')', '!', '~'], 1, 12)
    default: return r.pick(DIRS) + r.pick(STEMS) + r.pick(EXTS) + (r.chance(0.05) ? '/' : '')
  }
}

function options () {
  if (r.chance(0.3)) return undefined
  const o = {}
  const type = r.pick(TYPES)
  if (type !== undefined) o.type = type
  const fallback = r.pick(FALLBACKS)
  if (fallback !== undefined) o.fallback = fallback
  return o
}

// npm 1.0.1 checks a string fallback with NON_LATIN1_REGEXP.test(), and that regexp is global: after a rejected
// fallback its lastIndex stays past the first bad character, so the next check starts mid-string and may let a
// non-Latin-1 fallback through. That state leaks between calls; the port checks the whole string every time.
// Each case therefore starts from a fresh regexp: a call with the default fallback runs getlatin1, whose
// String.prototype.replace resets lastIndex to 0.
function resetLatin1Check () { contentDisposition('reset') }

const createCases = []
const addCreate = (name, opts) => {
  resetLatin1Check()
  const c = { filename: name === undefined ? null : enc(name) }
  if (opts !== undefined) {
    c.options = {}
    if ('type' in opts) c.options.type = enc(opts.type)
    if ('fallback' in opts) c.options.fallback = enc(opts.fallback)
  }
  createCases.push(Object.assign(c, outcome(() => contentDisposition(name, opts))))
}

addCreate(undefined, undefined)
for (const stem of STEMS) for (const ext of ['.pdf', '.\u20ac']) addCreate('/dir/' + stem + ext, undefined)
for (const dir of DIRS) addCreate(dir + 'file.txt', undefined)
for (const type of TYPES) { addCreate(undefined, type === undefined ? {} : { type }); addCreate('plans.pdf', type === undefined ? {} : { type }) }
for (const fallback of FALLBACKS) for (const name of ['plans.pdf', '\u20ac rates.pdf', '\u00a3 rates.pdf', 'the%20plans.pdf', '\ud800.pdf', '']) addCreate(name, { fallback })
for (const fallback of FALLBACKS) addCreate(undefined, { fallback })
addCreate('\ud800.pdf', { type: 'in valid' })
addCreate('\u20ac.pdf', { type: 'in valid', fallback: '\u20ac' })
addCreate('x'.repeat(10000) + '\u20ac', undefined)
addCreate('/'.repeat(5000) + 'a', undefined)
while (createCases.length < 1300) addCreate(filename(), options())
writeCases(path.join(__dirname, 'create.json'), createCases)

// ---------------------------------------------------------------------------------------------------------------
// parse

const PTYPES = ['attachment', 'inline', 'form-data', 'ATTACHMENT', 'Inline', 'foobar', "x!#$%&'*+.^_`|~-y"]
const PNAMES = ['filename', 'name', 'FILENAME', 'creation-date', 'size', 'foo', 'x', 'filename*0', 'filename*1', '1', '0', '10', 'a.b', "a!#$%&'+.^_`|~-b", 'constructor', 'toString']
const TOKEN_VALUES = ['plans.pdf', 'foo.html', 'x', '42', "'foo.bar'", 'a%20b', "UTF-8''foo", '~!#$%&*+-.^_`|']
const QUOTED_CONTENT = ['plans.pdf', 'the \\"plans\\".pdf', 'Here\'s a semicolon;.html', '\\\\foo.html', 'f\\oo.html',
  '', ' ', '\u00a3 rates.pdf', 'foo-\u00e4.html', 'foo-\u00c3\u00a4.html', '50%.html', '=?ISO-8859-1?Q?foo-=E4.html?=',
  'a,b', 'a=b', '\u0080\u00ff', '\\\u00e9']
const CHARSETS = ['UTF-8', 'utf-8', 'utf8', 'UTF8', 'ISO-8859-1', 'iso-8859-1', 'Iso-8859-1', 'ISO-8859-15', 'us-ascii', 'x', '%', "!#$&+-^_`{}~"]
const LANGS = ['', 'en', 'EN', 'de-DEU', 'en-abc-def-ghi', 'en-abc-def-ghi-jkl', 'abcd', 'abcdefgh', 'abcdefghi', 'a', 'en-us', 'e1', 'zh-Hant']
const EXT_VALUES = ['%E2%82%AC%20rates.pdf', 'foo-%c3%a4.html', 'foo-%E4.html', '%A3%20rates.pdf', '%82%20rates.pdf',
  'A-%2541.html', '%5cfoo.html', 'plain.txt', '%ED%A0%80', '%F0%9F%98%80', '%C0%AF', '%FF%FE', '%00%1F%7F%80%9F',
  'foo%', 'f%oo.html', '%4', '%G1', 'a b', "a'b", '']

function quote (s) { return '"' + s + '"' }

function parameter () {
  const name = r.pick(PNAMES)
  const extended = r.chance(0.35)
  const ows = () => r.pick(['', '', '', ' ', '\t', ' \t '])
  let value
  if (extended) {
    value = r.pick(CHARSETS) + "'" + r.pick(LANGS) + "'" + r.pick(EXT_VALUES)
    if (r.chance(0.05)) value = quote(value)
  } else {
    value = r.chance(0.5) ? r.pick(TOKEN_VALUES) : quote(r.pick(QUOTED_CONTENT))
  }
  return ';' + ows() + name + (extended ? '*' : '') + (r.chance(0.1) ? ows() : '') + '=' + ows() + value + ows()
}

function mutate (s) {
  const i = r.int(0, s.length)
  switch (r.int(0, 7)) {
    case 0: return s.slice(0, i)
    case 1: return s.slice(0, i) + r.pick([';', '"', '\\', '=', ',', ' ', '\t', '\r\n', '\u0000', '\u00e9', '\u20ac', '\ud800', "'", '%', '*']) + s.slice(i)
    case 2: return s.slice(0, i) + s.slice(i + 1)
    case 3: return s + ';'
    case 4: return ' ' + s
    case 5: return s + parameter().replace(/^;/, r.pick([';', ',', ' ', ';;']))
    case 6: return s.replace(/;/, '; ;')
    default: return quote(s)
  }
}

function headerValue () {
  let s = r.pick(PTYPES) + r.pick(['', '', ' ', '\t'])
  const n = r.int(0, 4)
  for (let i = 0; i < n; i++) s += parameter()
  if (r.chance(0.1) && n > 0) s += parameter().replace(/^;[^=]*\*?=/, ';' + r.pick(PNAMES) + '=')
  return r.chance(0.3) ? mutate(s) : s
}

const parseCases = []
const addParse = (header) => {
  const o = outcome(() => contentDisposition.parse(header))
  const c = { header: enc(header) }
  if ('error' in o) c.error = o.error
  else c.value = { type: o.value.type, parameters: Object.fromEntries(Object.entries(o.value.parameters)) }
  parseCases.push(c)
}

for (const h of ['attachment', 'inline', 'form-data', 'attachment \t ', 'ATTACHMENT', '"attachment"', 'attachment;',
  'attachment; filename="rates.pdf";', 'attachment; filename@="rates.pdf"', 'attachment; filename=',
  'attachment; filename=trolly,trains', 'attachment; filename=total/; foo=bar', 'attachment; filename=foo; filename=bar',
  'filename="plans.pdf"', '; filename="plans.pdf"', 'attachment; *=utf-8\'\'x', 'attachment; a**=x', 'attachment; *a=x',
  'attachment; filename*=utf-8\'\'x; filename*=utf-8\'\'y', 'attachment; filename="a"; filename*=utf-8\'\'b; FILENAME=c',
  'attachment; 2=a; b=c; 1=d', 'attachment; x="\\\t"', 'attachment; x="\t"', 'attachment; x="\u0100"', 'attachment\r\n',
  'attachment\u00a0', 'attachment ;', 'attachment ; a=b', 'attachment;a=b', '\tattachment', 'attachment; a = "b" ; c = d ']) addParse(h)
while (parseCases.length < 1250) addParse(headerValue())
// Long values, valid and broken.
addParse('attachment; filename="' + 'a'.repeat(20000) + '"')
addParse('attachment; filename="' + '\\"'.repeat(10000))
addParse('attachment' + '; a=b'.repeat(2000))
addParse('attachment' + Array.from({ length: 2000 }, (_, i) => '; p' + i + '=' + i).join(''))
addParse("attachment; filename*=UTF-8''" + '%E2%82%AC'.repeat(2000))
addParse('attachment' + ' '.repeat(20000) + 'x')
writeCases(path.join(__dirname, 'parse.json'), parseCases)
