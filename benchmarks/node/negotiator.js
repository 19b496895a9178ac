'use strict'
// negotiator 0.6.3: the cases of benchmarks/Packages/NegotiatorBenchmarks.cs. Run: node --expose-gc benchmarks/node/negotiator.js
const Negotiator = require('negotiator')
const { suite } = require('./lib/bench')

const negotiator = new Negotiator({
  headers: {
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
    'accept-language': 'en-US,en;q=0.9,fr;q=0.8',
    'accept-encoding': 'gzip, deflate, br, zstd',
    'accept-charset': 'utf-8, iso-8859-1;q=0.5'
  }
})
const types = ['application/json', 'text/html']
const languages = ['fr', 'en', 'de']
const encodings = ['br', 'gzip', 'identity']
const charsets = ['iso-8859-1', 'utf-8']

suite('negotiator', {
  'mediaTypes()': () => negotiator.mediaTypes(),
  'mediaType(json, html)': () => negotiator.mediaType(types),
  'mediaTypes(json, html)': () => negotiator.mediaTypes(types),
  'languages()': () => negotiator.languages(),
  'language(fr, en, de)': () => negotiator.language(languages),
  'encodings()': () => negotiator.encodings(),
  'encoding(br, gzip, identity)': () => negotiator.encoding(encodings),
  'charset(iso-8859-1, utf-8)': () => negotiator.charset(charsets)
})
