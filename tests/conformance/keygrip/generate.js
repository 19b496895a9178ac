'use strict'
// Keygrip 1.1.0 over generated keys × data × algorithms × encodings: every digest node signs, and the index node
// finds for genuine, older-key and tampered digests. Writes sign.json. Run: node generate.js
const path = require('path')
const Keygrip = require('keygrip')
const { rng, writeCases, outcome } = require('../lib/random')

const r = rng(0x6b657967)

// System.Text.Json cannot read lone surrogates, so a string holding one is written as its UTF-16 code units.
function enc (s) {
  if (typeof s !== 'string' || s.isWellFormed()) return s
  return { utf16: Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)) }
}

const ascii = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~'.split('')
const unicode = ['é', 'ß', 'ü', 'ø', '日', '本', '語', '€', '😀', '🍪', 'ḱ', '\u00a0', '\u200b', 'Ω']
const control = ['\u0000', '\t', '\n', '\r', '\u001f', '\u007f', '\u0085']
const loneSurrogates = ['\ud800', '\udfff', '\udbff']

function text (min, max) {
  const kind = r.int(0, 9)
  if (kind <= 4) return r.string(ascii, min, max)
  if (kind <= 6) return r.string(ascii.concat(unicode), min, max)
  if (kind === 7) return r.string(ascii.concat(control), min, max)
  if (kind === 8) return r.string(ascii.concat(loneSurrogates, unicode), min, max)
  return r.string(ascii.concat(unicode, control, loneSurrogates), min, max)
}

function key () {
  const kind = r.int(0, 19)
  if (kind === 0) return ''
  if (kind === 1) return text(300, 600) // longer than the stack buffer
  if (kind === 2) return 'x'.repeat(r.int(60, 200)) // longer than a SHA block: hashed first
  return text(1, 24)
}

function data () {
  const kind = r.int(0, 19)
  if (kind === 0) return ''
  if (kind === 1) return text(300, 1200)
  if (kind <= 8) return r.string(ascii.filter((c) => c !== ';' && c !== '='), 1, 10) + '=' + text(0, 40)
  return text(1, 60)
}

const algorithms = ['sha1', 'sha1', 'sha256', 'sha384', 'sha512', 'SHA256', 'Sha1', 'SHA512', null, '']
const encodings = ['base64', 'base64', 'base64url', 'hex', 'HEX', 'Base64', null, '']

function tamper (digest) {
  const variants = []
  const i = r.int(0, digest.length - 1)
  const c = digest[i]
  const swapped = c === 'A' ? 'B' : (c === '0' ? '1' : 'A')
  variants.push(digest.slice(0, i) + swapped + digest.slice(i + 1))
  variants.push(digest.slice(0, -1))
  variants.push(digest + r.pick(['A', '=', '0', ' ']))
  variants.push(digest.toUpperCase())
  variants.push(digest.replace(/-/g, '+').replace(/_/g, '/'))
  variants.push(digest + '=')
  variants.push(' ' + digest)
  variants.push('')
  variants.push(text(1, 100))
  return variants.filter((v) => v !== digest)
}

const cases = []

function addCase (keys, algorithm, encoding, value) {
  const signed = outcome(() => new Keygrip(keys, algorithm, encoding).sign(value))
  const c = { keys: keys.map(enc), algorithm, encoding, data: enc(value) }
  if (signed.error !== undefined) {
    c.error = signed.error
    cases.push(c)
    return
  }
  c.digest = enc(signed.value)
  const grip = new Keygrip(keys, algorithm, encoding)
  const digests = new Set()
  for (let k = 0; k < keys.length; k++) digests.add(new Keygrip([keys[k]], algorithm, encoding).sign(value))
  // A digest of other data, and one made with a key that is not in the list.
  digests.add(grip.sign(value + 'x'))
  digests.add(new Keygrip([keys[0] + 'x'], algorithm, encoding).sign(value))
  for (const d of Array.from(digests)) for (const t of tamper(d)) digests.add(t)
  const other = (algorithm || 'sha1').toLowerCase() === 'sha256' ? 'sha1' : 'sha256'
  digests.add(new Keygrip(keys, other, encoding).sign(value))
  c.checks = Array.from(digests).map((digest) => ({ digest: enc(digest), index: grip.index(value, digest), verify: grip.verify(value, digest) }))
  cases.push(c)
}

// Upstream's own vectors first.
addCase(['SEKRIT2', 'SEKRIT1'], null, null, 'Keyboard Cat has a hat.')
addCase(['SEKRIT1'], 'sha256', null, 'Keyboard Cat has a hat.')
addCase(['SEKRIT1'], null, 'hex', 'Keyboard Cat has a hat.')
addCase(['keyboard cat'], null, null, 'foo=bar')
addCase(['keyboard cat a', 'keyboard cat b'], null, null, 'foo=bar')
addCase(['a', 'b'], null, null, 'foo=fizz')
addCase(['SEKRIT3', 'SEKRIT2', 'SEKRIT1'], null, null, 'bieberschnitzel')
// Duplicate keys: the first one wins.
addCase(['same', 'same', 'other'], 'sha1', 'base64', 'a=1')

for (let n = 0; n < 420; n++) {
  const keys = []
  const count = r.pick([1, 1, 2, 2, 3, 4, 6])
  for (let k = 0; k < count; k++) keys.push(key())
  addCase(keys, r.pick(algorithms), r.pick(encodings), data())
}

// Errors node raises (an unknown digest surfaces at the first sign).
for (const algorithm of ['foo', 'nope', 'hmac']) addCase(['k'], algorithm, 'base64', 'data')
cases.push({ keys: [], algorithm: null, encoding: null, data: 'data', error: outcome(() => new Keygrip([])).error })

writeCases(path.join(__dirname, 'sign.json'), cases)
