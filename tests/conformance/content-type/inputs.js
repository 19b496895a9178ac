'use strict'
// Input builders shared by the content-type, media-typer, type-is and mime-types generators: media types,
// Content-Type headers and file paths, valid and hostile (control characters, JavaScript-only white space,
// non-ASCII that JavaScript lower-cases to ASCII, lone surrogates, empty items, huge values).
// Strings that are not well-formed UTF-16 cannot be stored as JSON strings that .NET reads back, so `enc` writes
// them as { "utf16": [code units] } (the C# tests decode that form).

const TYPES = ['text', 'application', 'image', 'audio', 'video', 'multipart', 'font', 'model', 'message', 'example',
  'x-custom', 'vnd.ms', 'a', '0', '*', 'TEXT', 'Application']
const SUBTYPES = ['html', 'plain', 'json', 'xml', 'svg+xml', 'vnd.api+json', 'x-www-form-urlencoded', 'form-data',
  'png', 'jpeg', 'octet-stream', 'javascript', 'html+xml', 'vnd+json', 'ld+json', 'problem+json', 'x-bogus', '*',
  '*+json', '*+xml', 'a!#$&^_-.+z', 'vnd.ms-excel', 'prs.foo', 'x.foo', 'mp4', 'rtf', 'csv', 'calendar',
  'mathml+xml', 'HTML', 'Json', 'a', '1d-interleaved-parityfec']
const TOKENS = ['charset', 'foo', 'bar', 'q', 'level', 'boundary', 'profile', 'version', 'Charset', 'CHARSET', 'a',
  'x-y', "!#$%&'*+-.^_`|~", 'z9', '__proto__', 'constructor', 'hasOwnProperty', '0', '1', 'toString']
const VALUES = ['utf-8', 'UTF-8', 'iso-8859-1', 'bar', '1', '0.5', 'x', "!#$%&'*+-.^_`|~", 'http://localhost',
  '----WebKitFormBoundary7MA4YWxkTrZu0gW', '']
// Characters that stress each parser: JavaScript white space (and U+0085, which is not), quotes, separators,
// control characters, Latin-1 and beyond, characters whose case mapping leaves or enters ASCII, surrogates.
const NOISE = [' ', '  ', '\t', '\v', '\f', '\n', '\r', '\r\n', '\u00a0', '\ufeff', '\u0085', '\u1680', '\u2000',
  '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\u200b', '"', '(', ')', '<', '>', '@', ',', ';', ':',
  '=', '/', '\\', '?', '[', ']', '{', '}', '£', '\u00e9', '\u00ff', '\u0100', '\u212a', '\u0130', '\u0131', '\u017f',
  '\u00df', '\u03a3', '\u0000', '\u0001', '\u001f', '\u007f', '\u0080', '\u009f', '\ud83d\ude00', '\ud800', '\udc00',
  'K', 'k', '*', '+', '.', '%', '#', '!', '~', '|', '^', '_', '-', '&', '$', "'", '`']
const QUOTED_CHARS = ['a', 'Z', ' ', '!', '#', '[', ']', '~', '\u0080', '\u00e9', '\u00ff', ';', '=', ',', '/',
  '\\"', '\\\\', '\\a', '\\ ', '\\\u00ff', '\\\u000b', '\\\t', '\\\u0100', '\\\u0000', '\t', '\u000b', '\u0000',
  '\u007f', '\u0100', '\u212a', '\ud83d\ude00', '\n']

function enc (value) {
  if (typeof value === 'string') {
    return value.isWellFormed() ? value : { utf16: Array.from({ length: value.length }, (_, i) => value.charCodeAt(i)) }
  }
  if (Array.isArray(value)) return value.map(enc)
  if (value && typeof value === 'object') {
    // fromEntries defines own properties, so a "__proto__" key survives.
    return Object.fromEntries(Object.keys(value).map((key) => [key, enc(value[key])]))
  }
  return value
}

function builders (r) {
  function caseVariant (s) {
    switch (r.int(0, 5)) {
      case 0: return s.toUpperCase()
      case 1: return Array.from(s, (c) => (r.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('')
      default: return s
    }
  }

  function noise () { return r.pick(NOISE) }

  // Inserts, replaces or appends a hostile character now and then.
  function corrupt (s, rate) {
    if (!r.chance(rate)) return s
    const at = r.int(0, s.length)
    switch (r.int(0, 2)) {
      case 0: return s.slice(0, at) + noise() + s.slice(at)
      case 1: return s.slice(0, at) + noise() + s.slice(at + 1)
      default: return s + noise()
    }
  }

  function long (alphabet, min, max) { return r.string(alphabet, min, max) }

  const NAME = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&^_-'
  const TCHAR = NAME + "%'*+.`|~"

  // type/subtype, mostly valid, sometimes at the 127-character limits, sometimes broken.
  function mediaType (corruptRate = 0.25) {
    let type = caseVariant(r.pick(TYPES))
    let subtype = caseVariant(r.pick(SUBTYPES))
    switch (r.int(0, 14)) {
      case 0: type = 'a' + long(NAME, 125, 128); break
      case 1: subtype = 'b' + long(NAME + '.+', 125, 128); break
      case 2: type = ''; break
      case 3: subtype = ''; break
      case 4: type = long(TCHAR, 1, 8); subtype = long(TCHAR, 1, 8); break
    }
    let s = r.chance(0.03) ? type : type + (r.chance(0.03) ? '//' : '/') + subtype
    if (r.chance(0.05)) s += '/' + r.pick(SUBTYPES)
    s = corrupt(s, corruptRate)
    return s
  }

  function ows (tabs) {
    if (tabs && r.chance(0.2)) return r.pick(['\t', ' \t', '\t '])
    if (r.chance(0.08)) return r.pick(['\u00a0', '\ufeff', '\n', '\v', '\u3000'])
    return r.pick(['', '', '', ' ', '  '])
  }

  function quoted () {
    let s = '"'
    const n = r.int(0, 8)
    for (let i = 0; i < n; i++) s += r.pick(QUOTED_CHARS)
    if (r.chance(0.85)) s += '"'
    if (r.chance(0.05)) s += r.pick(['x', '"', ' junk', '\\'])
    return s
  }

  function parameter () {
    const sep = r.pick([';', ';', '; ', '; ', ' ; ', ';\t', ';  ', ';;', '', ',', ' ;'])
    let key = r.chance(0.9) ? caseVariant(r.pick(TOKENS)) : r.pick(['', ' ', 'a b', 'a/b', '"a"', '\u00e9', '\u212a', 'k\u0130'])
    key = corrupt(key, 0.05)
    const eq = r.chance(0.95) ? ows(true) + '=' + ows(true) : r.pick(['', '==', ' '])
    let value
    switch (r.int(0, 5)) {
      case 0: case 1: value = r.pick(VALUES); break
      case 2: value = quoted(); break
      case 3: value = long(TCHAR, 1, 12); break
      case 4: value = corrupt(r.pick(VALUES), 0.8); break
      default: value = '"' + r.pick(VALUES) + '"'
    }
    return sep + key + eq + value + (r.chance(0.15) ? ows(true) : '')
  }

  // A well-formed Content-Type (only spaces, tokens and valid quoted strings), case and spacing varied.
  function cleanHeader () {
    const sp = () => r.pick(['', '', ' ', '  '])
    let s = sp() + b.caseVariant(r.pick(TYPES)) + '/' + b.caseVariant(r.pick(SUBTYPES)) + sp()
    const n = r.int(0, 3)
    for (let i = 0; i < n; i++) {
      let value
      if (r.chance(0.5)) value = r.pick(VALUES.filter((v) => v && !v.includes(':')))
      else {
        value = '"'
        const m = r.int(0, 6)
        for (let j = 0; j < m; j++) value += r.pick(['a', ' ', 'Z', '=', ';', ',', '\\"', '\\\\', '\\a', '\u00e9', '\u000b', '\\\u00ff'])
        value += '"'
      }
      s += ';' + sp() + b.caseVariant(r.pick(TOKENS)) + sp() + '=' + sp() + value + sp()
    }
    return s
  }

  // A Content-Type header: media type, parameters, odd white space, empty items, huge repeats.
  function header () {
    if (r.chance(0.4)) return cleanHeader()
    if (r.chance(0.02)) return r.pick(['', ' ', ';', ';;', '/', 'text/', '/html', '\u0000', '\ufefftext/html', 'text/html\u0085'])
    let s = ows(r.chance(0.3)) + mediaType(0.15) + ows(r.chance(0.3))
    const n = r.chance(0.3) ? 0 : r.int(1, 4)
    for (let i = 0; i < n; i++) s += parameter()
    if (r.chance(0.05)) s += r.pick([';', ' ;', '; ', ';;', '\t', ' ', ',text/plain'])
    if (r.chance(0.01)) s += parameter().repeat(r.int(50, 300))
    if (r.chance(0.005)) s = ' '.repeat(r.int(1000, 3000)) + s
    return s
  }

  // File names and paths for mime-types lookup.
  function path (extensions) {
    const ext = () => (r.chance(0.85) ? caseVariant(r.pick(extensions)) : long('abcdefghijklmnopqrstuvwxyz0123456789-_', 1, 6))
    const segment = () => r.pick(['a', 'dir', 'path', 'to', '.config', '..', '.', '', 'file.tar', 'x y', 'caf\u00e9', 'C:'])
    const sep = () => (r.chance(0.8) ? '/' : '\\')
    switch (r.int(0, 11)) {
      case 0: return ext()
      case 1: return '.' + ext()
      case 2: return 'file.' + ext()
      case 3: { let s = ''; const n = r.int(1, 4); for (let i = 0; i < n; i++) s += segment() + sep(); return s + r.pick(['page', 'x', '.hidden', '']) + '.' + ext() }
      case 4: return r.pick(['/', '//', 'folder/', 'dir/file', 'txt.', '.', '..', '...', 'a/..', 'a/.', '/.json', '/a/.b.json', '..json', 'json/', 'json//', '/json'])
      case 5: return corrupt('file.' + ext(), 0.9)
      case 6: return r.pick(['C:\\a\\', '\\\\server\\share\\f.', 'c:/x/y.']) + ext()
      case 7: return 'file.' + ext() + r.pick(['/', '//', '.', '?x=1', '#h', ' ', '\t', '\u0000'])
      case 8: return 'x.' + Array.from(ext(), (c) => (c === 'k' && r.chance(0.7) ? '\u212a' : c)).join('')
      case 9: return long('./\\a', 1, 20)
      case 10: return r.pick(['a', '.']).repeat(r.int(100, 2000)) + (r.chance(0.5) ? '.' + ext() : '')
      default: return caseVariant(r.pick(['file.JSON', 'PAGE.HTML', 'Archive.Tar.GZ', 'photo.JPEG', '.config.json', 'index.MJS', 'Movie.MP4']))
    }
  }

  const b = { caseVariant, corrupt, noise, mediaType, header, cleanHeader, parameter, quoted, path, long }
  return b
}

module.exports = { builders, enc, TYPES, SUBTYPES, TOKENS, VALUES, NOISE }
