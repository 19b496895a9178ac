'use strict'
// The realistic-app benchmark (issue 16), modelled on fastify/benchmarks: the same small API in KoaNet + Router,
// Koa + @koa/router, Express 5, Fastify 5 and ASP.NET Core minimal APIs (benchmarks/http/apps.js,
// benchmarks/HttpServer/RealisticApps.cs). Scenarios: a static route, a parameterised route among 100 routes, a JSON
// POST through the body parser, a signed-cookie session read; each plain and pipelined (×16) with wrk, one core for
// the server and one for wrk (as benchmarks/http/run.js, whose helpers this uses); "all cores" rows where server and
// wrk share both cores (node: cluster with 2 workers); HTTP/2 rows over TLS with h2load (Debian nghttp2-client,
// installed when missing) for KoaNet, ASP.NET Core and Node Koa on http2.createSecureServer(app.callback()).
// Servers of a row run back to back in alternating order; medians of --rounds (default 3).
//
// Usage: node benchmarks/http/realistic.js [--quick] [--only <regex>] [--rounds N] [--duration S] [--no-build]
//   --only RE   rows whose label matches, e.g. '^static' or 'session (plain|pipelined)' (labels: "<scenario> <mode>",
//               mode one of plain, pipelined, all-cores, h2)
//   --merge     with --only: the rows measured replace the same rows of the committed results and every other row
//               is kept, each re-measured row marked with its run (date, rounds, load) — a re-check of a few rows
//               after a change without wiping the rest of the matrix
// Writes benchmarks/results/realistic.{json,md} and the charts benchmarks/results/realistic-*.svg.
const fs = require('fs')
const os = require('os')
const path = require('path')
const https = require('https')
const http = require('http')
const { spawnSync } = require('child_process')
const h = require('./run.js')

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const option = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback }
const only = option('--only') ? new RegExp(option('--only'), 'i') : null
const merge = flag('--merge')
const ROUNDS = Number(option('--rounds', h.quick ? 1 : 3))
const DURATION = Number(option('--duration', h.DURATION))
const WARMUP = Number(option('--warmup', h.quick ? 3 : 6)) // seconds of warm-up at least (.NET: more until the JIT is quiet)
const SLICE = h.quick ? 1 : 2 // warm-up slice (run.js reads --warmup as its slice length: not used here)
const WARMUP_MAX_NET = h.quick ? 10 : 30 // .NET warm-up slices at most (see measure)
const cpus = os.cpus().length
const allCpus = cpus > 1 ? '0,1' : '0'
const out = path.join(h.root, 'artifacts/bench')

const frameworks = {
  koanet: { label: 'KoaNet + Router', dotnet: 'koanet-app' },
  aspnet: { label: 'ASP.NET Core minimal APIs', dotnet: 'aspnet-app' },
  koa: { label: 'Koa + @koa/router', node: 'koa' },
  fastify: { label: 'Fastify 5', node: 'fastify' },
  express: { label: 'Express 5', node: 'express' }
}
const BODY = '{"hello":"world"}'
const scenarios = [
  { name: 'static', path: '/hello' },
  { name: 'param', path: '/r73/42' },
  { name: 'json-post', path: '/echo', method: 'POST', body: BODY },
  { name: 'session', path: '/session', session: true }
]
const modes = [
  { name: 'plain', kinds: ['koanet', 'aspnet', 'koa', 'fastify', 'express'] },
  { name: 'pipelined', pipelined: true, kinds: ['koanet', 'aspnet', 'koa', 'fastify', 'express'] },
  { name: 'all-cores', allCores: true, kinds: ['koanet', 'aspnet', 'koa', 'fastify', 'express'] },
  { name: 'h2', h2: true, kinds: ['koanet', 'aspnet', 'koa'] }
]

function command (kind, port, mode, tls) {
  const f = frameworks[kind]
  if (f.dotnet) return h.dotnetCommand([f.dotnet, String(port), ...(tls ? [tls.cert, tls.key] : [])])
  const args = [path.join(__dirname, 'apps.js'), f.node, String(port)]
  if (mode.allCores && cpus > 1) args.push('--workers', '2')
  if (tls) args.push('--tls', tls.cert, tls.key)
  return ['node', args]
}

// A self-signed certificate for the HTTP/2 rows (openssl), made once per run.
function certificate () {
  const dir = path.join(out, 'tls')
  fs.mkdirSync(dir, { recursive: true })
  const cert = path.join(dir, 'cert.pem'); const key = path.join(dir, 'key.pem')
  h.run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-days', '2', '-keyout', key, '-out', cert], { stdio: 'ignore' })
  return { cert, key }
}

// The session cookie each framework itself sets on GET /login (each signs its own way).
function login (port, tls) {
  return new Promise((resolve, reject) => {
    const req = (tls ? https : http).get({ host: '127.0.0.1', port, path: '/login', agent: false, rejectUnauthorized: false }, (res) => {
      res.resume()
      resolve((res.headers['set-cookie'] || []).map((c) => c.split(';')[0]).join('; '))
    })
    req.on('error', reject)
  })
}

function h2load (port, scenario, duration, headers) {
  const args = ['-t1', `-c${h.CONNECTIONS}`, `-m${h.PIPELINE_DEPTH}`, `-D${duration}`]
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`)
  if (scenario.method) {
    const file = path.join(out, 'h2-body.json')
    fs.writeFileSync(file, scenario.body)
    args.push('-d', file, '-H', 'content-type: application/json')
  }
  args.push(`https://127.0.0.1:${port}${scenario.path}`)
  // Bounded: a server that stops answering some streams must not stall the whole run (the row then counts errors).
  const r = spawnSync('taskset', ['-c', h.loadCpu, 'h2load', ...args], { encoding: 'utf8', timeout: (duration + 30) * 1000, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 })
  const text = r.stdout || ''
  if (r.status !== 0) h.log(`  h2load ${r.signal ? 'killed after ' + (duration + 30) + ' s' : 'exited with ' + r.status}`)
  const num = (re) => { const m = re.exec(text); return m ? Number(m[1]) : null }
  const done = num(/requests: \d+ total, \d+ started, (\d+) done/)
  const ok = num(/status codes: (\d+) 2xx/)
  return { rps: num(/finished in [\d.]+\w+, ([\d.]+) req\/s/), requests: done, non2xx: done != null && ok != null ? Math.max(0, done - ok) : 0, socketErrors: (num(/(\d+) errored/) || 0) + (num(/(\d+) timeout/) || 0) + (r.status === 0 ? 0 : 1), p99ms: null, wrkCpu: null }
}

async function measure (kind, scenario, mode, tls) {
  const port = 4000 + Math.floor(Math.random() * 20000)
  const f = frameworks[kind]
  const server = h.startProcess(command(kind, port, mode, tls), port, { stats: !!f.dotnet, label: `${kind} ${scenario.name}`, cpus: mode.allCores ? allCpus : h.serverCpu, probe: false })
  try {
    await server.started()
    const cookie = scenario.session ? await login(port, tls) : null
    const s = { ...scenario, headers: () => (cookie ? { Cookie: cookie } : {}) }
    const load = (seconds) => mode.h2
      ? h2load(port, s, seconds, s.headers())
      : h.wrk(port, s, seconds, !!mode.pipelined, mode.allCores ? { cpus: allCpus, threads: 2 } : {})
    // Warm-up: node for WARMUP seconds; .NET in slices until tiered compilation has settled, as benchmarks/http/run.js:
    // at least WARMUP_MIN_NET slices, then until a slice jits no method — and only once the count has grown past what
    // the first slice left (tier-1 has begun). On the pinned core the background JIT competes with the load: with the
    // old rule (WARMUP seconds, then the first quiet slice) the pipelined static row measured KoaNet at tier 0, 0.36×
    // ASP.NET Core, while both run at ~2.6–3.6 µs/req once warm. A quiet JIT alone is not enough either: pipelined
    // on one core, 2 s slices of a fresh server went (k req/s) KoaNet 255 264 368 370 351 287 276 … 268 and ASP.NET
    // Core 87 127 93 88 96 90 136 166 169 168 201 187 360 369 … 375 (2026-12-04) — tier-1 and PGO code arrive in
    // steps for ~25 s. So .NET also waits for two slices in a row whose req/s are within 5% of the slice before.
    // At most WARMUP_MAX_NET slices (then the row is measured as it is).
    const dotnet = !!f.dotnet
    for (let slices = 1, jitted = null, first = null, rps = [], steady = 0; ; slices++) {
      rps.push(load(SLICE).rps)
      const st = await server.stats()
      if (first === null && st) first = st.jitted
      const quiet = !st || (st.jitted === jitted && st.jitted > first)
      const [a, b] = rps.slice(-2)
      steady = a && b && Math.abs(b - a) <= 0.05 * a ? steady + 1 : 0
      const done = slices * SLICE >= WARMUP && (!dotnet || (slices >= h.WARMUP_MIN_NET && quiet && steady >= 2))
      if (done || slices >= (dotnet ? WARMUP_MAX_NET : 2 * h.WARMUP_MAX)) {
        if (dotnet) h.log(`  warm-up ${slices * SLICE} s${done ? '' : ' (limit)'}: ${rps.map((x) => Math.round(x / 1000)).join(' ')} k req/s`)
        break
      }
      jitted = st && st.jitted
    }
    const s0 = await server.stats()
    const pids = [server.child.pid, ...children(server.child.pid)]
    const before = pids.reduce((a, p) => a + h.cpuTicks(p), 0)
    const r = load(DURATION)
    const after = pids.reduce((a, p) => a + h.cpuTicks(p), 0)
    const s1 = await server.stats()
    r.cpuUsPerRequest = r.requests ? ((after - before) / h.CLK_TCK) * 1e6 / r.requests : null
    r.bytesPerRequest = s0 && s1 && r.requests ? (s1.allocated - s0.allocated) / r.requests : null
    return r
  } finally {
    await server.stop()
  }
}

// Cluster workers (and the taskset child's process) count towards the server's CPU.
function children (pid) {
  try {
    const direct = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    return direct.flatMap((c) => [c, ...children(c)])
  } catch { return [] }
}

function svg (title, unit, groups, series, value) {
  // Horizontal grouped bars: one group per row label, one bar per framework.
  const colors = { koanet: '#7b3fa0', aspnet: '#512bd4', koa: '#33333d', fastify: '#2f7d32', express: '#c98a00' }
  const barH = 14; const gap = 10; const left = 170; const width = 760; const chartW = width - left - 90
  const max = Math.max(1, ...groups.flatMap((g) => series.map((k) => value(g, k) || 0)))
  let y = 50; const parts = []
  for (const g of groups) {
    const present = series.filter((k) => value(g, k) != null)
    parts.push(`<text x="10" y="${y + present.length * barH / 2 + 4}" font-size="12" font-weight="bold">${g.label}</text>`)
    for (const k of present) {
      const v = value(g, k); const w = Math.max(1, chartW * v / max)
      parts.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barH - 2}" fill="${colors[k]}"/>`)
      parts.push(`<text x="${left + w + 4}" y="${y + barH - 4}" font-size="11">${h.fmt(v, v < 100 ? 1 : 0)}</text>`)
      y += barH
    }
    y += gap
  }
  const legend = series.map((k, i) => `<rect x="${10 + i * 150}" y="${y + 6}" width="10" height="10" fill="${colors[k]}"/><text x="${24 + i * 150}" y="${y + 15}" font-size="11">${frameworks[k].label}</text>`).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 30}" font-family="sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/><text x="10" y="22" font-size="15" font-weight="bold">${title}</text>` +
    `<text x="10" y="38" font-size="11" fill="#555">${unit}</text>${parts.join('')}${legend}</svg>\n`
}

async function main () {
  const cases = []
  for (const mode of modes) for (const s of scenarios) {
    const label = `${s.name} ${mode.name}`
    if (!only || only.test(label)) cases.push({ s, mode, label })
  }
  if (cases.length === 0) { h.log('no row matches'); return }
  h.ensureTools()
  if (!h.has('openssl') && cases.some((c) => c.mode.h2)) throw new Error('openssl is required for the HTTP/2 rows')
  if (!h.has('h2load') && cases.some((c) => c.mode.h2)) { h.log('installing h2load (Debian package nghttp2-client)'); h.aptInstall('nghttp2-client') }
  const tls = cases.some((c) => c.mode.h2) ? certificate() : null
  const loadBefore = os.loadavg()
  const total = ROUNDS * cases.reduce((a, c) => a + c.mode.kinds.length, 0)
  const samples = new Map(cases.map((c) => [c.label, {}]))
  const started = Date.now(); let k = 0; let flip = false
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const order = flip ? [...c.mode.kinds].reverse() : c.mode.kinds
      flip = !flip
      for (const kind of order) {
        k++
        const left = k > 1 ? (Date.now() - started) / (k - 1) * (total - k + 1) / 1000 : (WARMUP + DURATION + 2) * total
        h.log(`[${k}/${total}, ~${Math.floor(left / 60)}m${String(Math.round(left % 60)).padStart(2, '0')}s left] ${c.label}: ${frameworks[kind].label}${ROUNDS > 1 ? ` (round ${round + 1}/${ROUNDS})` : ''}`)
        const r = await measure(kind, c.s, c.mode, c.mode.h2 ? tls : null)
        ;(samples.get(c.label)[kind] ??= []).push(r)
      }
    }
  }
  let rows = cases.map((c) => {
    const row = { scenario: c.s.name, mode: c.mode.name, label: c.label }
    for (const kind of c.mode.kinds) row[kind] = h.medianOf(samples.get(c.label)[kind])
    return row
  })
  const resultsJson = path.join(h.root, 'benchmarks/results/realistic.json')
  const previous = merge && fs.existsSync(resultsJson) ? JSON.parse(fs.readFileSync(resultsJson, 'utf8')) : null
  let remeasured = []
  if (previous) {
    // Keep the full run's rows in the matrix order, swap in the ones just measured, and record this run against them.
    const fresh = new Map(rows.map((r) => [r.label, r]))
    const order = modes.flatMap((m) => scenarios.map((s) => `${s.name} ${m.name}`))
    const byLabel = new Map(previous.rows.map((r) => [r.label, r]))
    for (const r of rows) byLabel.set(r.label, r)
    rows = order.filter((l) => byLabel.has(l)).map((l) => byLabel.get(l))
    remeasured = (previous.remeasured || [])
      .map((x) => ({ ...x, rows: x.rows.filter((l) => !fresh.has(l)) }))
      .filter((x) => x.rows.length > 0)
    remeasured.push({
      date: new Date().toISOString().slice(0, 10),
      rounds: ROUNDS,
      duration: DURATION,
      warmup: `.NET until the JIT is quiet and req/s holds within 5% for two slices, at most ${WARMUP_MAX_NET * SLICE} s`,
      loadAverage: { before: loadBefore.map((x) => +x.toFixed(1)), after: os.loadavg().map((x) => +x.toFixed(1)) },
      rows: [...fresh.keys()]
    })
  }
  const mark = new Map(remeasured.flatMap((x, i) => x.rows.map((l) => [l, '†'.repeat(i + 1)])))
  const ratio = (a, b) => a && b ? a / b : null
  const targets = []
  for (const r of rows) {
    const kn = r.koanet && r.koanet.rps
    if (r.koa && r.mode === 'pipelined') targets.push({ target: 'KoaNet + Router ≥ 5× Koa + @koa/router (pipelined)', row: r.label, value: ratio(kn, r.koa.rps), goal: 5 })
    if (r.fastify && r.mode === 'pipelined') targets.push({ target: 'KoaNet + Router ≥ 4× Fastify (pipelined)', row: r.label, value: ratio(kn, r.fastify.rps), goal: 4 })
    if (r.aspnet) targets.push({ target: 'KoaNet + Router ≥ 1.0× ASP.NET Core minimal APIs', row: r.label, value: ratio(kn, r.aspnet.rps), goal: 1 })
  }
  for (const t of targets) t.met = t.value == null ? null : t.value >= t.goal
  const machine = previous ? previous.machine : {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0].model,
    cores: cpus,
    node: process.version,
    dotnet: h.run('dotnet', ['--version']).trim(),
    versions: Object.fromEntries(['koa', '@koa/router', 'express', 'fastify'].map((n) => [n, require(path.join(h.root, 'benchmarks/node/node_modules', n, 'package.json')).version])),
    load: `wrk -c${h.CONNECTIONS} (pipelined ×${h.PIPELINE_DEPTH}), h2load -c${h.CONNECTIONS} -m${h.PIPELINE_DEPTH}; warm-up ≥ ${WARMUP} s (.NET: ≥ ${h.WARMUP_MIN_NET * SLICE} s, until the JIT is quiet after tier-up began and req/s holds within 5% for two slices, at most ${WARMUP_MAX_NET * SLICE} s), measured ${DURATION} s, ${ROUNDS} round${ROUNDS > 1 ? 's (median)' : ''}; one core each for server and load generator, both cores shared in the all-cores rows (node: cluster, 2 workers)`,
    loadAverage: { before: loadBefore.map((x) => +x.toFixed(1)), after: os.loadavg().map((x) => +x.toFixed(1)) }
  }
  fs.mkdirSync(path.join(h.root, 'benchmarks/results'), { recursive: true })
  fs.writeFileSync(resultsJson, JSON.stringify({ machine, rows, targets, ...(previous ? { remeasured } : {}) }, null, 2) + '\n')

  const kinds = Object.keys(frameworks)
  const lines = ['# Realistic app: KoaNet + Router vs Koa, Express, Fastify and ASP.NET Core', '']
  lines.push(`Measured ${machine.date} on ${machine.cpu}, ${machine.cores} cores; node ${machine.node} (Koa ${machine.versions.koa}, @koa/router ${machine.versions['@koa/router']}, Express ${machine.versions.express}, Fastify ${machine.versions.fastify}), .NET SDK ${machine.dotnet}. ${machine.load}. Load average before/after: ${machine.loadAverage.before.join(' ')} / ${machine.loadAverage.after.join(' ')}.`)
  for (const [i, x] of remeasured.entries()) {
    lines.push('')
    lines.push(`${'†'.repeat(i + 1)} Re-measured ${x.date} (${x.rounds} round${x.rounds > 1 ? 's, median' : ''}, ${x.duration} s measured${x.warmup ? `; warm-up: ${x.warmup}` : ''}; load average before/after ${x.loadAverage.before.join(' ')} / ${x.loadAverage.after.join(' ')}), the other rows kept from the run above: ${x.rows.join(', ')}.`)
  }
  if (!previous && (only || ROUNDS < 3 || DURATION < h.DURATION || h.quick)) {
    lines.push('')
    lines.push(`**Partial run** (${[only && `rows matching /${only.source}/`, ROUNDS < 3 && `${ROUNDS} round${ROUNDS > 1 ? 's' : ''}`, DURATION < h.DURATION && `${DURATION} s measured`, h.quick && 'quick'].filter(Boolean).join(', ')}): a check that the harness works, not evidence. Load average ${machine.loadAverage.before[0]} on ${machine.cores} cores before the run${machine.loadAverage.before[0] > machine.cores ? ': a busy machine' : ''}.`)
  }
  lines.push('')
  lines.push('| row | framework | req/s | vs Koa + @koa/router | server CPU µs/req | B/req (.NET) | errors |')
  lines.push('|---|---|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    let first = true
    for (const kind of kinds) {
      const x = r[kind]
      if (!x) continue
      lines.push(`| ${first ? r.label + (mark.get(r.label) || '') : ''} | ${frameworks[kind].label} | ${h.fmt(x.rps)} | ${r.koa ? h.fmt(ratio(x.rps, r.koa.rps), 2) + '×' : '–'} | ${h.fmt(x.cpuUsPerRequest, 1)} | ${frameworks[kind].dotnet ? h.fmt(x.bytesPerRequest) : '–'} | ${(x.socketErrors || 0) + (x.non2xx || 0)} |`)
      first = false
    }
  }
  lines.push('')
  lines.push('| target | row | measured | met |')
  lines.push('|---|---|---:|---|')
  for (const t of targets) lines.push(`| ${t.target} | ${t.row} | ${h.fmt(t.value, 2)}× | ${t.met == null ? '–' : t.met ? 'yes' : 'no'} |`)
  const md = lines.join('\n') + '\n'
  fs.writeFileSync(path.join(h.root, 'benchmarks/results/realistic.md'), md)
  const chart = (file, title, unit, series, pick) =>
    fs.writeFileSync(path.join(h.root, 'benchmarks/results', file), svg(title, unit, rows, series, (g, k) => g[k] ? pick(g[k]) : null))
  chart('realistic-rps.svg', 'Realistic app: requests per second (higher is better)', `${machine.date}, ${machine.cores} cores; ${machine.load.split(';')[0]}`, kinds, (x) => x.rps)
  chart('realistic-cpu.svg', 'Realistic app: server CPU per request (lower is better)', 'µs of server CPU (user + system) per request', kinds, (x) => x.cpuUsPerRequest)
  chart('realistic-alloc.svg', 'Realistic app: bytes allocated per request, .NET (lower is better)', 'GC.GetTotalAllocatedBytes delta / requests', ['koanet', 'aspnet'], (x) => x.bytesPerRequest)
  process.stdout.write(md)
}

main().catch((e) => { console.error(e); process.exit(1) })
