'use strict'
// cookies 0.9.2: the cases of benchmarks/Packages/CookiesBenchmarks.cs. Run: node --expose-gc benchmarks/node/cookies.js
const Cookies = require('cookies')
const Keygrip = require('keygrip')
const { suite } = require('./lib/bench')

const session = '3f9a2c1e7b4d4e0f9a8b7c6d5e4f3a2b'
const keys = new Keygrip(['im a newer secret', 'i like turtle'])
const req = {
  headers: {
    cookie: '_ga=GA1.2.1234567890.1234567890; theme=dark; lang=en-US; session=' + session +
      '; session.sig=' + keys.sign('session=' + session) + '; _gid=GA1.2.987654321.1234567890'
  },
  socket: { encrypted: false }
}
const res = {
  headers: {},
  getHeader (name) { return this.headers[name.toLowerCase()] },
  setHeader (name, value) { this.headers[name.toLowerCase()] = value }
}
const cookies = new Cookies(req, res, { keys })
const signed = { signed: true }
const signedSession = { signed: true, maxAge: 86400000, sameSite: 'lax' }

suite('cookies', {
  'get: unsigned': () => cookies.get('session'),
  'get: signed': () => cookies.get('session', signed),
  'set: unsigned': () => { res.headers = {}; return cookies.set('theme', 'dark') },
  'set: signed, maxAge': () => { res.headers = {}; return cookies.set('session', session, signedSession) }
})
