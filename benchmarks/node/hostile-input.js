'use strict'
// The npm packages Koa 3.3.0 resolves, on the ~100 KB adversarial inputs of
// benchmarks/Packages/HostileInputBenchmarks.cs. Run: node --expose-gc benchmarks/node/hostile-input.js
const Negotiator = require('negotiator')
const accepts = require('accepts')
const fresh = require('fresh')
const contentType = require('content-type')
const contentDisposition = require('content-disposition')
const vary = require('vary')
const Cookies = require('cookies')
const typeis = require('type-is')
const { suite } = require('./lib/bench')

const repeat = (item, n, sep) => Array(n).fill(item).join(sep)
const acceptLanguageCve = 'a' + '-'.repeat(100000) + ' >'
const acceptList = repeat('text/html;level=1;q=0.5', 4200, ',')
const acceptEncodingList = repeat('gzip;q=0.5', 8400, ', ')
const ifNoneMatchCve = ' '.repeat(100000) + '"x"'
let contentTypeParameters = 'text/plain'
for (let i = 0; i < 10000; i++) contentTypeParameters += '; p' + i + '=v'
const longFilename = 'attachment; filename="' + 'a'.repeat(100000) + '"'
const varyList = repeat('X-A', 20000, ', ')
const cookieHeader = 'k=v; '.repeat(20000) + 'session=abc'
const longSubtype = 'application/' + 'x'.repeat(100000)

const req = (headers) => ({ headers })
const res = { getHeader () {}, setHeader () {} }

suite('hostile-input', {
  'negotiator languages(): CVE-2016-10539 input': () => new Negotiator(req({ 'accept-language': acceptLanguageCve })).languages(),
  'negotiator mediaTypes(): 4,200 ranges': () => new Negotiator(req({ accept: acceptList })).mediaTypes(),
  'accepts encodings(): 8,400 codings': () => accepts(req({ 'accept-encoding': acceptEncodingList })).encodings('gzip', 'identity'),
  'fresh: CVE-2017-16119 input': () => fresh({ 'if-none-match': ifNoneMatchCve }, { etag: '"y"' }),
  'content-type parse: 10,000 parameters': () => contentType.parse(contentTypeParameters),
  'content-disposition parse: 100 KB filename': () => contentDisposition.parse(longFilename),
  'vary append: 20,000 fields': () => vary.append(varyList, 'Origin'),
  'cookies get: 20,000 cookies': () => new Cookies(req({ cookie: cookieHeader }), res).get('session'),
  'type-is is: 100 KB subtype': () => typeis.is(longSubtype, ['json'])
})
