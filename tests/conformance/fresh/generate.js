'use strict'
// Conformance fixtures for npm fresh 0.5.2 (the version Koa 3.3.0 resolves) with the later HTAB fix
// (jshttp/fresh#77, "Add HTAB as optional whitespace"), which the port includes: the installed 0.5.2 source is
// loaded with that one-line change applied to parseTokenList. Runs fresh(reqHeaders, resHeaders) over generated
// combinations of If-None-Match, If-Modified-Since, Cache-Control, ETag and Last-Modified.
// Dates are RFC 7231 HTTP-dates (IMF-fixdate, RFC 850, asctime) with the variations Date.parse accepts and the
// port reads the same way (any day name, any case, one-digit days, extra white space, years below 100), and
// invalid strings that Date.parse also rejects (asserted below). Date.parse's other shapes (ISO 8601, free text,
// unknown day names, 31 Feb) are outside the port's date grammar; see the package README. TZ is UTC, as on a
// server, because Date.parse reads asctime dates in local time.
// Usage: node generate.js (from this folder).
process.env.TZ = 'UTC'
const assert = require('assert')
const fs = require('fs')
const path = require('path')
const Module = require('module')
const { rng, writeCases } = require('../lib/random')

const CASES = 6000

const file = require.resolve('fresh')
const source = fs.readFileSync(file, 'utf8')
const patched = source.replace('      case 0x20: /*   */', '      case 0x09: /* HTAB */\n      case 0x20: /*   */')
assert.notStrictEqual(patched, source, 'fresh 0.5.2 source changed: cannot apply the HTAB fix')
const htabModule = new Module(file, module)
htabModule._compile(patched, file)
const fresh = htabModule.exports
const fresh052 = require('fresh')

const r = rng(0xf2e5)

// ---------------------------------------------------------------------------------------------------------------
// dates

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n, w) => String(n).padStart(w, '0')

function space () {
  return r.chance(0.9) ? ' ' : r.pick(['  ', '\t', ' \t'])
}

function cased (text) {
  switch (r.int(0, 9)) {
    case 0: return text.toLowerCase()
    case 1: return text.toUpperCase()
    default: return text
  }
}

// A timestamp written as an HTTP-date; null when the format cannot express it (RFC 850 outside 1950-2049).
function format (ms) {
  const d = new Date(ms)
  const year = d.getUTCFullYear()
  const wrongDay = r.chance(0.05)
  const day = wrongDay ? r.int(0, 6) : d.getUTCDay()
  const time = pad(d.getUTCHours(), 2) + ':' + pad(d.getUTCMinutes(), 2) + ':' + pad(d.getUTCSeconds(), 2)
  const date = d.getUTCDate()
  const month = cased(MONTHS[d.getUTCMonth()])
  switch (r.chance(0.8) ? 0 : r.int(1, 2)) {
    case 0: {
      const dd = r.chance(0.1) ? String(date) : pad(date, 2)
      return cased(DAYS[day]) + ',' + space() + dd + space() + month + space() + pad(year, 4) + space() + time + space() + cased('GMT')
    }
    case 1:
      if (year < 1950 || year > 2049) return null
      return cased(LONG_DAYS[day]) + ',' + space() + pad(date, 2) + '-' + month + '-' + pad(year % 100, 2) + space() + time + space() + cased('GMT')
    default:
      return cased(DAYS[day]) + space() + month + space() + (date < 10 ? ' ' + date : String(date)) + space() + time + space() + year
  }
}

const INVALID_DATES = ['foo', 'W/"foo"', '"foo"', 'Sat, 32 Jan 2000 00:00:00 GMT', 'Sat, 01 Jan 2000 00:00:00 GMTx',
  'Sat, 01 Jan 2000 00:00:00 GMT foo', 'Sat, 01 Foo 2000 00:00:00 GMT', 'Sat, 01 Jan 2000 25:00:00 GMT',
  'Sat, 01 Jan 2000 00:60:00 GMT', 'Sat, 01 Jan 2000 00:00:00 GMT+', 'GMT', 'Sat', 'Saturday', 'no-cache', '*', '\u00e9',
  'Sat, 01 Jan 2000 00:00:00 \u00e9', 'null', 'undefined', 'NaN']
for (const value of INVALID_DATES) assert(Number.isNaN(Date.parse(value)), value)

const BASE_MIN = Date.UTC(1950, 0, 1)
const BASE_MAX = Date.UTC(2049, 11, 31)
const DELTAS = [0, 0, 0, 1000, -1000, 60000, -60000, 3600000, -3600000, 86400000, -86400000, 31536000000, -31536000000]

function someDate () {
  if (r.chance(0.03)) return Date.UTC(r.int(1, 99), r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59))
  if (r.chance(0.03)) return Date.UTC(r.int(100, 9999), r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59))
  return Math.floor((BASE_MIN + r.next() * (BASE_MAX - BASE_MIN)) / 1000) * 1000
}

function dateHeader (ms) {
  if (r.chance(0.08)) return r.pick(INVALID_DATES)
  for (;;) {
    const text = format(ms)
    if (text !== null) {
      // (a year below 100 is read as 19xx/20xx, so only later years round-trip)
      if (new Date(ms).getUTCFullYear() >= 100) assert.strictEqual(Date.parse(text), ms, text)
      return (r.chance(0.03) ? ' ' : '') + text + (r.chance(0.03) ? '\t' : '')
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// entity tags and lists

const TAGS = ['"foo"', 'W/"foo"', '"bar"', 'W/"bar"', '"foo bar"', '"a,b"', '""', 'W/""', '"\u00e9"', '"\ud83d\ude00"',
  'foo', 'W/foo', 'w/"foo"', '*', 'W/', '"', '"1-abc123"', 'W/"1-abc123"', '"xyzzy"', 'W/"xyzzy"']
const LIST_SEPARATORS = [',', ', ', ' , ', ',\t', '\t,', '\t,\t', ',  ', ',,', ', ,', ' ,', '\t', ' ']

function tagList () {
  switch (r.int(0, 9)) {
    case 0: return r.pick(['*', '', ' ', '\t', ',', '*,', ' *', '* '])
    case 1: return r.string(['"', 'W', '/', ',', ' ', '\t', 'a', '*'], 1, 10)
    default: {
      const n = r.chance(0.02) ? r.int(20, 60) : r.int(1, 4)
      let s = r.chance(0.1) ? r.pick([' ', '\t', ',']) : ''
      for (let i = 0; i < n; i++) s += (i > 0 ? r.pick(LIST_SEPARATORS) : '') + r.pick(TAGS)
      return s + (r.chance(0.1) ? r.pick([' ', '\t', ',']) : '')
    }
  }
}

const CACHE_CONTROL = ['no-cache', ' no-cache', 'no-cache ', '\tno-cache', 'max-age=0', 'max-age=0, no-cache',
  'no-cache, max-age=0', 'private,no-cache', 'no-cache="set-cookie"', 'No-Cache', 'NO-CACHE', 'no-cache-x', 'x-no-cache',
  'no-store', ', no-cache', 'no-cache,', ',,no-cache,,', '\u00a0no-cache\u3000', 'no-cache\n', 'no - cache', 'nocache',
  'max-age=0,\tno-cache\t,x', 'no-cachee', '']

// ---------------------------------------------------------------------------------------------------------------

const cases = []
let htabDifferences = 0
for (let n = 0; n < CASES; n++) {
  const req = {}
  const res = {}
  if (r.chance(0.6)) req['if-none-match'] = tagList()
  if (r.chance(0.5)) {
    const since = someDate()
    req['if-modified-since'] = dateHeader(since)
    if (r.chance(0.9)) res['last-modified'] = r.chance(0.05) ? '' : dateHeader(since + r.pick(DELTAS))
  } else if (r.chance(0.1)) {
    res['last-modified'] = dateHeader(someDate())
  }
  if (r.chance(0.15)) req['cache-control'] = r.pick(CACHE_CONTROL)
  if (r.chance(0.85)) res.etag = r.chance(0.05) ? '' : r.pick(TAGS)

  const result = fresh(req, res)
  if (result !== fresh052(req, res)) htabDifferences++
  cases.push({ request: req, response: res, fresh: result })
}

writeCases(path.join(__dirname, 'fresh.json'), cases)
process.stdout.write(`cases where the HTAB fix changes fresh 0.5.2's answer: ${htabDifferences}\n`)
