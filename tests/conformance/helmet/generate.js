'use strict'
// helmet 8.3.0 (as koa-helmet 9.0.0 wraps it) over generated option sets: the headers it sets, or the error it
// throws when creating the middleware. Output: fixtures.json, replayed by tests/Helmet.Tests/HelmetConformanceTests.cs.
const path = require('path')
const helmet = require('helmet')
const { rng, writeCases } = require('../lib/random')

const r = rng(0x4e1e7)
const maybe = (p, f) => (r.chance(p) ? f() : undefined)
const policyOf = (list) => r.pick([...list, 'bogus', ''])
const cspValues = ["'self'", "'none'", 'https:', 'data:', 'example.com', 'self', 'nonce-abc', 'a;b', 'a,b', "'unsafe-inline'", '*', '']
const cspNames = ['defaultSrc', 'default-src', 'scriptSrc', 'script-src', 'styleSrc', 'imgSrc', 'sandbox', 'upgradeInsecureRequests',
  'base-uri', 'objectSrc', 'Bad_Name', 'frame-ancestors', 'reportUri']

function randomCsp () {
  if (r.chance(0.2)) return r.chance(0.5)
  const o = {}
  if (r.chance(0.4)) o.useDefaults = r.chance(0.5)
  if (r.chance(0.3)) o.reportOnly = r.chance(0.5)
  if (r.chance(0.8)) {
    o.directives = {}
    const n = r.int(0, 4)
    for (let i = 0; i < n; i++) {
      const name = r.pick(cspNames)
      const kind = r.int(0, 3)
      o.directives[name] = kind === 0 ? null : kind === 1 ? r.pick(cspValues) : Array.from({ length: r.int(0, 3) }, () => r.pick(cspValues))
    }
  }
  return o
}

function randomOptions () {
  const o = {}
  const set = (k, v) => { if (v !== undefined) o[k] = v }
  set('contentSecurityPolicy', maybe(0.5, randomCsp))
  set('crossOriginEmbedderPolicy', maybe(0.3, () => r.chance(0.4) ? r.chance(0.5) : { policy: policyOf(['require-corp', 'credentialless', 'unsafe-none']) }))
  set('crossOriginOpenerPolicy', maybe(0.3, () => r.chance(0.4) ? r.chance(0.5) : { policy: policyOf(['same-origin', 'same-origin-allow-popups', 'noopener-allow-popups', 'unsafe-none']) }))
  set('crossOriginResourcePolicy', maybe(0.3, () => r.chance(0.4) ? r.chance(0.5) : { policy: policyOf(['same-origin', 'same-site', 'cross-origin']) }))
  set('originAgentCluster', maybe(0.2, () => r.chance(0.5)))
  set('referrerPolicy', maybe(0.3, () => r.chance(0.3) ? r.chance(0.5) : { policy: Array.from({ length: r.int(0, 3) }, () => policyOf(['no-referrer', 'origin', 'strict-origin', 'unsafe-url', 'same-origin'])) }))
  const hsts = maybe(0.4, () => r.chance(0.3) ? r.chance(0.5) : { maxAge: r.pick([0, 1, 123.7, 86400, -1, 31536000]), includeSubDomains: r.chance(0.5), preload: r.chance(0.5) })
  set(r.chance(0.5) ? 'strictTransportSecurity' : 'hsts', hsts)
  set(r.chance(0.5) ? 'xContentTypeOptions' : 'noSniff', maybe(0.2, () => r.chance(0.5)))
  set(r.chance(0.5) ? 'xDnsPrefetchControl' : 'dnsPrefetchControl', maybe(0.3, () => r.chance(0.3) ? r.chance(0.5) : { allow: r.chance(0.5) }))
  set(r.chance(0.5) ? 'xDownloadOptions' : 'ieNoOpen', maybe(0.2, () => r.chance(0.5)))
  set(r.chance(0.5) ? 'xFrameOptions' : 'frameguard', maybe(0.3, () => r.chance(0.3) ? r.chance(0.5) : { action: r.pick(['deny', 'DENY', 'sameorigin', 'same-origin', 'allow-from', '']) }))
  set(r.chance(0.5) ? 'xPermittedCrossDomainPolicies' : 'permittedCrossDomainPolicies', maybe(0.3, () => r.chance(0.3) ? r.chance(0.5) : { permittedPolicies: policyOf(['none', 'master-only', 'by-content-type', 'all']) }))
  set(r.chance(0.5) ? 'xPoweredBy' : 'hidePoweredBy', maybe(0.2, () => r.chance(0.5)))
  set(r.chance(0.5) ? 'xXssProtection' : 'xssFilter', maybe(0.2, () => r.chance(0.5)))
  if (r.chance(0.05)) { o.hsts = true; o.strictTransportSecurity = true }
  return o
}

const cases = []
for (let i = 0; i < 500; i++) {
  const options = randomOptions()
  let result
  try {
    const middleware = helmet(JSON.parse(JSON.stringify(options)))
    const headers = { 'x-powered-by': 'test' }
    const res = {
      setHeader: (k, v) => { headers[k.toLowerCase()] = String(v) },
      removeHeader: (k) => { delete headers[k.toLowerCase()] }
    }
    middleware({}, res, (err) => { if (err) throw err })
    result = { headers }
  } catch (e) {
    result = { error: e.message }
  }
  cases.push({ options, ...result })
}
writeCases(path.join(__dirname, 'fixtures.json'), cases)
