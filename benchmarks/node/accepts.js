'use strict'
// accepts 1.3.8: the cases of benchmarks/Packages/AcceptsBenchmarks.cs. Run: node --expose-gc benchmarks/node/accepts.js
const accepts = require('accepts')
const { suite } = require('./lib/bench')

const req = {
  headers: {
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
    'accept-language': 'en-US,en;q=0.9,fr;q=0.8',
    'accept-encoding': 'gzip, deflate, br, zstd'
  }
}
const api = { headers: { accept: 'application/json, text/plain, */*' } }

suite('accepts', {
  'types(json, html): browser': () => accepts(req).types('json', 'html'),
  'types(json, html): API client': () => accepts(api).types('json', 'html'),
  'types()': () => accepts(req).types(),
  'encodings(gzip, identity)': () => accepts(req).encodings('gzip', 'identity'),
  'languages(fr, en)': () => accepts(req).languages('fr', 'en')
})
