'use strict'
// HTTP benchmark: KoaNet (C#) vs Node Koa 3.3.0 on the same machine, plus raw Kestrel (bare ASP.NET Core
// `app.Run`) as the platform ceiling.
//
// Usage (from anywhere): node benchmarks/http/run.js [--quick] [--only <regex>] [--rounds N] [--no-build]
//   --quick      shorter runs (warm-up 2–3 s, measured 3 s) — a smoke test, not evidence
//   --only RE    scenarios whose label matches (case-insensitive), e.g. '^hello' or 'mw-(1|100)$' (labels: "hello",
//                "hello pipelined")
//   --rounds N   repeat the whole matrix N times and keep the median of each figure (default 1)
//   --no-build   use the existing Release build of benchmarks/HttpServer
//   --out NAME   write benchmarks/results/NAME.{json,md} (default http; e.g. `--only '^(hello|mw-1|mw-100)' --rounds 3
//                --out http-targets` for medians of the target rows without replacing the full table)
//
// Installs what it needs: wrk (Debian package) if missing, Node Koa via `npm ci` in benchmarks/node, and builds
// benchmarks/HttpServer in Release. The server runs pinned to CPU 0 and wrk (one thread, 50 connections) to CPU 1
// (taskset); the servers of one scenario run back to back, in alternating order from one scenario to the next, so
// that they share the machine's state of the moment. For each run: a warm-up, then a measured run. Reported:
// req/s, p99 latency, server CPU µs per request (utime+stime from /proc, so the load generator's CPU does not
// count), wrk's own CPU use (a load generator at 100% means the ceiling is the client's), peak RSS (VmHWM),
// time from process start to the first response, and for .NET the bytes allocated per request (the server
// prints GC.GetTotalAllocatedBytes on request). Writes benchmarks/results/http.{json,md}.
const fs = require('fs')
const os = require('os')
const path = require('path')
const http = require('http')
const { execFileSync, spawn, spawnSync } = require('child_process')

const root = path.resolve(__dirname, '../..')
const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const option = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback }
const quick = flag('--quick') || process.env.KOANET_BENCH_QUICK === '1'
const only = option('--only') ? new RegExp(option('--only'), 'i') : null
const ROUNDS = Number(option('--rounds', 1))
const OUT = option('--out', 'http')
if (!/^[\w-]+$/.test(OUT)) throw new Error(`--out: a file name without extension, not ${OUT}`)
// Warm-up in slices of WARMUP_SLICE seconds: .NET until tiered compilation has settled (the JIT compiled no method
// during a slice; at least WARMUP_MIN_NET slices, at most WARMUP_MAX), node for two slices (V8 optimises within a
// second). The .NET minimum matters: on the pinned core the background JIT competes with the load, and 4 s in, a
// KoaNet server still ran tier-0/instrumented code at ~40% of its steady throughput (raw Kestrel ~45%); the JIT's
// compiled-method count alone can pause for a slice before tier-1 is done.
const WARMUP_SLICE = Number(option('--warmup', quick ? 1 : 2))
const WARMUP_MIN_NET = quick ? 3 : 6
const WARMUP_MAX = quick ? 5 : 10
const DURATION = Number(option('--duration', quick ? 3 : 5))
const CONNECTIONS = 50
const PIPELINE_DEPTH = 16
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim())
const cpus = os.cpus().length
const serverCpu = '0'
const loadCpu = cpus > 1 ? '1' : '0'

function log (...a) { process.stderr.write(a.join(' ') + '\n') }
function has (cmd) { return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0 }
function run (cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024, ...opts })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`)
  return r.stdout ? r.stdout.toString() : ''
}
function aptInstall (pkg) {
  const sudo = process.getuid && process.getuid() !== 0 && has('sudo')
  const apt = (args) => spawnSync(sudo ? 'sudo' : 'apt-get', sudo ? ['apt-get', ...args] : args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  if (apt(['install', '-y', '--no-install-recommends', pkg]).status === 0) return
  apt(['update'])
  if (apt(['install', '-y', '--no-install-recommends', pkg]).status !== 0) throw new Error(`could not install ${pkg} (apt-get install ${pkg})`)
}

const httpProject = path.join(root, 'benchmarks/HttpServer/HttpServer.csproj')
const httpOut = path.join(root, 'benchmarks/HttpServer/bin/Release/net10.0')
function ensureTools () {
  if (!has('wrk')) { log('installing wrk (Debian package)'); aptInstall('wrk') }
  if (!has('taskset')) throw new Error('taskset (util-linux) is required')
  const nodeDir = path.join(root, 'benchmarks/node')
  if (!fs.existsSync(path.join(nodeDir, 'node_modules/koa/package.json'))) {
    log('npm ci in benchmarks/node')
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: nodeDir, stdio: 'inherit' })
  }
  if (!flag('--no-build')) {
    log('building benchmarks/HttpServer (Release)')
    run('dotnet', ['build', '-c', 'Release', '-v', 'q', '--nologo', httpProject], { stdio: 'inherit' })
  }
}

// The apphost when there is one (what a deployment runs), else `dotnet <dll>`.
function dotnetCommand (args) {
  const apphost = path.join(httpOut, 'KoaNet.Benchmarks.Http')
  return fs.existsSync(apphost) ? [apphost, args] : ['dotnet', [path.join(httpOut, 'KoaNet.Benchmarks.Http.dll'), ...args]]
}
const servers = {
  node: { label: 'Node Koa', command: (scenario, port) => ['node', [path.join(__dirname, 'server.js'), scenario, String(port)]] },
  koanet: { label: 'KoaNet', command: (scenario, port) => dotnetCommand([scenario, String(port)]), stats: true },
  raw: { label: 'raw Kestrel', command: (scenario, port) => dotnetCommand(['raw', String(port)]), stats: true }
}

function cookieHeader () {
  const Keygrip = require(path.join(root, 'benchmarks/node/node_modules/keygrip'))
  const keys = new Keygrip(['im a newer secret', 'i like turtle'])
  return `visits=41; visits.sig=${keys.sign('visits=41')}`
}

// Same requests as benchmarks/HttpServer/Scenarios.cs (RequestOf).
const scenarios = [
  { name: 'hello', path: '/', raw: true },
  { name: 'json', path: '/' },
  // POSTs Scenarios.EchoBody (json-echo.lua sets the method, body and Content-Type, pipelined or not)
  { name: 'json-echo', path: '/', script: 'json-echo.lua' },
  ...[1, 5, 10, 20, 50, 100].map((n) => ({ name: `mw-${n}`, path: '/?foo[bar]=baz' })),
  { name: 'cookies', path: '/', headers: () => ({ Cookie: cookieHeader() }) },
  { name: 'negotiation', path: '/', headers: () => ({ Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'Accept-Encoding': 'gzip, deflate, br', 'Accept-Language': 'en-US,en;q=0.9,fr;q=0.8' }) },
  { name: 'notfound', path: '/missing' },
  { name: 'router', path: '/r99/42' },
  ...['1k', '100k', '10m'].map((size) => ({ name: `static-${size}`, path: `/${size}.bin` })),
  { name: 'compress-json', path: '/', headers: () => ({ 'Accept-Encoding': 'gzip, deflate, br' }) }
]

function startServer (kind, scenario, port) {
  return startProcess(servers[kind].command(scenario, port), port, { stats: servers[kind].stats, label: `${kind} ${scenario}` })
}

// Starts a server process pinned to `cpus` and waits for its "ready" line; `probe: false` skips timing the first
// response over plain HTTP (TLS servers). `stats()` asks a .NET server for its allocation and GC counts.
function startProcess ([cmd, args], port, { stats = false, label = cmd, cpus: pin = serverCpu, probe = true } = {}) {
  const t0 = process.hrtime.bigint()
  const child = spawn('taskset', ['-c', pin, cmd, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', DOTNET_gcServer: '0' }
  })
  let out = ''
  const waiters = []
  child.stdout.on('data', (d) => {
    out += d
    for (let i = waiters.length - 1; i >= 0; i--) {
      const m = waiters[i].re.exec(out)
      if (m) { out = out.slice(m.index + m[0].length); waiters.splice(i, 1)[0].resolve(m) }
    }
  })
  const waitFor = (re) => new Promise((resolve) => waiters.push({ re, resolve }))
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  const ready = Promise.race([waitFor(/ready \S+ \d+\n/), exited.then((code) => { throw new Error(`${label} exited with ${code}`) })])
  // Time to first response: poll from the moment of the spawn; connection refused until the server listens.
  const first = probe ? firstResponse(port, t0, exited) : null
  return {
    child,
    async started () { await ready; return first },
    async stats () {
      if (!stats) return null
      child.stdin.write('stats\n')
      const m = await waitFor(/stats (\d+) (\d+) (\d+) (\d+) (\d+)\n/)
      return { allocated: Number(m[1]), gen0: Number(m[2]), gen1: Number(m[3]), gen2: Number(m[4]), jitted: Number(m[5]) }
    },
    async stop () {
      child.kill('SIGKILL')
      await exited
    }
  }
}

function firstResponse (port, t0, exited) {
  let done = false
  exited.then(() => { done = true })
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (done) return reject(new Error('server exited before answering'))
      const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
        res.resume()
        res.on('end', () => resolve(Number(process.hrtime.bigint() - t0) / 1e6))
      })
      req.on('error', () => setTimeout(attempt, 2))
    }
    attempt()
  })
}

function cpuTicks (pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12]) // utime + stime (fields 14, 15 of stat)
}
function peakRss (pid) {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : null
}
const seconds = (s) => { const m = /(\d+)m([\d.]+)s/.exec(s); return m ? Number(m[1]) * 60 + Number(m[2]) : 0 }

// `scenario`: path, headers() and, for a POST, method and body (sent through pipeline.lua, depth 1 when not pipelined).
function wrk (port, scenario, duration, pipelined, { cpus: pin = loadCpu, threads = 1 } = {}) {
  const args = [`-t${threads}`, `-c${CONNECTIONS}`, `-d${duration}s`, '--latency']
  const headers = scenario.headers ? scenario.headers() : {}
  for (const [k, v] of Object.entries(headers)) args.push('-H', `'${k}: ${v}'`)
  // json-echo.lua posts its own body; pipeline.lua sends `depth` copies of a GET or of scenario.method + body.
  const script = scenario.script || ((pipelined || scenario.method) ? 'pipeline.lua' : null)
  if (script) args.push('-s', path.join(__dirname, script))
  args.push(`'http://127.0.0.1:${port}${scenario.path}'`)
  if (script) args.push('--', String(pipelined ? PIPELINE_DEPTH : 1))
  if (scenario.method) args.push(scenario.method, `'${scenario.body}'`)
  // `times` prints the shell's and then its children's user/system time: wrk's own CPU use.
  const out = run('taskset', ['-c', pin, 'sh', '-c', `wrk ${args.join(' ')} && times`])
  const num = (re) => { const m = re.exec(out); return m ? m[1] : null }
  const toMs = (v) => v == null ? null : v.endsWith('us') ? parseFloat(v) / 1000 : v.endsWith('ms') ? parseFloat(v) : parseFloat(v) * 1000
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  const times = out.trim().split('\n').slice(-1)[0].split(/\s+/)
  return {
    rps: Number(num(/Requests\/sec:\s+([\d.]+)/)),
    requests: Number(num(/(\d+) requests in/)),
    // Pipelined, wrk times only some responses of a batch and can report an empty histogram (0.00us): no figure then.
    p99ms: toMs(num(/\s99%\s+([\d.]+\w+)/)) || null,
    socketErrors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    non2xx: Number(num(/Non-2xx or 3xx responses: (\d+)/) || 0),
    wrkCpu: (seconds(times[0]) + seconds(times[1])) / duration
  }
}

let nextPort = 3400 + Math.floor(Math.random() * 500)
async function measure (kind, scenario, pipelined) {
  const port = nextPort++
  const server = startServer(kind, scenario.name, port)
  try {
    const startupMs = await server.started()
    let warmup = 0
    for (let slices = 1, jitted = null; ; slices++) {
      wrk(port, scenario, WARMUP_SLICE, pipelined)
      warmup += WARMUP_SLICE
      const s = await server.stats()
      const settled = s ? s.jitted === jitted : true
      if (slices >= (s ? WARMUP_MIN_NET : 2) && settled || slices >= WARMUP_MAX) break
      jitted = s && s.jitted
    }
    const s0 = await server.stats()
    const before = cpuTicks(server.child.pid)
    const r = wrk(port, scenario, DURATION, pipelined)
    const after = cpuTicks(server.child.pid)
    const s1 = await server.stats()
    r.cpuUsPerRequest = r.requests ? ((after - before) / CLK_TCK) * 1e6 / r.requests : null
    r.serverCpu = (after - before) / CLK_TCK / DURATION
    r.bytesPerRequest = s0 && s1 && r.requests ? (s1.allocated - s0.allocated) / r.requests : null
    r.gen0Per100k = s0 && s1 && r.requests ? (s1.gen0 - s0.gen0) * 1e5 / r.requests : null
    r.peakRssMb = peakRss(server.child.pid)
    r.startupMs = startupMs
    r.warmupS = warmup
    return r
  } finally {
    await server.stop()
  }
}

const median = (xs) => { const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null }
function medianOf (runs) {
  const keys = Object.keys(runs[0])
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]))
}
function fmt (n, digits = 0) { return n == null || Number.isNaN(n) ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) }

async function main () {
  ensureTools()
  const loadBefore = os.loadavg()
  const cases = []
  for (const s of scenarios) {
    for (const pipelined of [false, true]) {
      const label = `${s.name}${pipelined ? ' pipelined' : ''}`
      if (only && !only.test(label)) continue
      cases.push({ s, pipelined, label, kinds: s.raw ? ['node', 'koanet', 'raw'] : ['node', 'koanet'] })
    }
  }
  if (cases.length === 0) { log('no scenario matches'); return }
  const samples = new Map(cases.map((c) => [c.label, {}]))
  let flip = false
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const order = flip ? [...c.kinds].reverse() : c.kinds
      flip = !flip
      for (const kind of order) {
        log(`${c.label}: ${servers[kind].label}${ROUNDS > 1 ? ` (round ${round + 1}/${ROUNDS})` : ''}`)
        const r = await measure(kind, c.s, c.pipelined)
        ;(samples.get(c.label)[kind] ??= []).push(r)
      }
    }
  }
  const results = cases.map((c) => {
    const row = { scenario: c.s.name, pipelined: c.pipelined }
    for (const kind of c.kinds) row[kind] = medianOf(samples.get(c.label)[kind])
    return row
  })
  const startups = (kind) => [...samples.values()].flatMap((k) => (k[kind] || []).map((r) => r.startupMs))

  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0].model,
    cores: cpus,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: os.release(),
    node: process.version,
    dotnet: run('dotnet', ['--version']).trim(),
    koa: require(path.join(root, 'benchmarks/node/node_modules/koa/package.json')).version,
    wrk: `wrk -t1 -c${CONNECTIONS}; warm-up in ${WARMUP_SLICE} s slices (.NET: until the JIT is quiet, ${WARMUP_MIN_NET * WARMUP_SLICE}–${WARMUP_MAX * WARMUP_SLICE} s; node: ${2 * WARMUP_SLICE} s), measured ${DURATION} s, ${ROUNDS} round${ROUNDS > 1 ? 's (median)' : ''}; server on CPU ${serverCpu}, wrk on CPU ${loadCpu}; pipelined = ${PIPELINE_DEPTH} requests per write`,
    loadAverage: { before: loadBefore.map((x) => +x.toFixed(1)), after: os.loadavg().map((x) => +x.toFixed(1)) }
  }
  const by = (name, pipelined) => results.find((r) => r.scenario === name && r.pipelined === pipelined)
  const startup = { node: median(startups('node')), koanet: median(startups('koanet')), raw: median(startups('raw')), launches: startups('koanet').length }
  const targets = []
  const ratio = (a, b) => a && b ? a / b : null
  const hp = by('hello', true); const h = by('hello', false); const m1 = by('mw-1', false); const m100 = by('mw-100', false)
  const m1p = by('mw-1', true); const m100p = by('mw-100', true)
  if (hp) targets.push({ target: 'pipelined hello ≥ 4× Node Koa req/s', value: ratio(hp.koanet.rps, hp.node.rps), unit: '×', goal: 4 })
  if (hp && hp.raw) targets.push({ target: 'pipelined hello ≥ 90% of raw Kestrel req/s', value: 100 * ratio(hp.koanet.rps, hp.raw.rps), unit: '%', goal: 90 })
  if (hp && hp.raw) targets.push({ target: 'pipelined hello, server CPU per request: raw Kestrel / KoaNet (≥ 90% means KoaNet costs ≤ 1.11× raw)', value: 100 * ratio(hp.raw.cpuUsPerRequest, hp.koanet.cpuUsPerRequest), unit: '%', goal: 90 })
  if (h) targets.push({ target: 'plain hello ≥ 1.2× Node Koa req/s', value: ratio(h.koanet.rps, h.node.rps), unit: '×', goal: 1.2 })
  if (h) targets.push({ target: 'plain hello, server CPU per request: Node / KoaNet', value: ratio(h.node.cpuUsPerRequest, h.koanet.cpuUsPerRequest), unit: '×', goal: 1.2 })
  if (h && h.raw) targets.push({ target: 'plain hello vs raw Kestrel req/s (for reference)', value: 100 * ratio(h.koanet.rps, h.raw.rps), unit: '%', goal: null })
  if (m1 && m100) targets.push({ target: '100 middleware within 5% of 1 middleware (req/s, plain)', value: 100 * ratio(m100.koanet.rps, m1.koanet.rps), unit: '%', goal: 95 })
  if (m1p && m100p) targets.push({ target: '100 middleware within 5% of 1 middleware (req/s, pipelined)', value: 100 * ratio(m100p.koanet.rps, m1p.koanet.rps), unit: '%', goal: 95 })
  if (m1p && m100p) targets.push({ target: '100 middleware vs 1 middleware (server CPU per request, pipelined: mw-1 / mw-100)', value: 100 * ratio(m1p.koanet.cpuUsPerRequest, m100p.koanet.cpuUsPerRequest), unit: '%', goal: 95 })
  for (const t of targets) t.met = t.goal == null || t.value == null ? null : t.value >= t.goal

  fs.mkdirSync(path.join(root, 'benchmarks/results'), { recursive: true })
  fs.writeFileSync(path.join(root, `benchmarks/results/${OUT}.json`), JSON.stringify({ machine, results, startup, targets }, null, 2) + '\n')

  const lines = []
  lines.push(`# HTTP: KoaNet vs Node Koa ${machine.koa}`)
  lines.push('')
  lines.push(`Measured ${machine.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Linux ${machine.kernel}; node ${machine.node}, .NET SDK ${machine.dotnet}. ${machine.wrk}. Load average before/after: ${machine.loadAverage.before.join(' ')} / ${machine.loadAverage.after.join(' ')}.`)
  lines.push('')
  lines.push('| scenario | server | req/s | vs Node | p99 ms | server CPU µs/req | CPU use: server / wrk | peak RSS MB | B/req (.NET) |')
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of results) {
    const label = `${r.scenario}${r.pipelined ? ' (pipelined ×16)' : ''}`
    for (const kind of ['node', 'koanet', 'raw']) {
      const x = r[kind]
      if (!x) continue
      const vs = kind === 'node' ? '1.00×' : `${fmt(ratio(x.rps, r.node.rps), 2)}×`
      lines.push(`| ${kind === 'node' ? label : ''} | ${servers[kind].label} | ${fmt(x.rps)} | ${vs} | ${fmt(x.p99ms, 2)} | ${fmt(x.cpuUsPerRequest, 1)} | ${fmt(100 * x.serverCpu)}% / ${fmt(100 * x.wrkCpu)}% | ${fmt(x.peakRssMb)} | ${kind === 'node' ? '–' : fmt(x.bytesPerRequest)} |`)
    }
  }
  const errors = results.flatMap((r) => Object.keys(servers).filter((k) => r[k] && (r[k].socketErrors || r[k].non2xx && r.scenario !== 'notfound')).map((k) => `${r.scenario}/${k}: ${r[k].socketErrors} socket errors, ${r[k].non2xx} non-2xx`))
  lines.push('')
  lines.push(`Errors: ${errors.length ? errors.join('; ') : 'none'} (notfound answers 404 by design).`)
  lines.push('')
  lines.push(`Startup, process start to first response (median of ${startup.launches} launches each): KoaNet ${fmt(startup.koanet)} ms, Node Koa ${fmt(startup.node)} ms${startup.raw ? `, raw Kestrel ${fmt(startup.raw)} ms` : ''}.`)
  lines.push('')
  lines.push('| target | measured | met |')
  lines.push('|---|---:|---|')
  for (const t of targets) lines.push(`| ${t.target} | ${fmt(t.value, t.unit === '×' ? 2 : 1)}${t.unit} | ${t.met == null ? '–' : t.met ? 'yes' : 'no'} |`)
  const md = lines.join('\n') + '\n'
  fs.writeFileSync(path.join(root, `benchmarks/results/${OUT}.md`), md)
  process.stdout.write(md)
}

module.exports = { root, quick, log, has, run, aptInstall, ensureTools, dotnetCommand, startProcess, wrk, cpuTicks, peakRss, median, medianOf, fmt, seconds, CLK_TCK, CONNECTIONS, PIPELINE_DEPTH, WARMUP_SLICE, WARMUP_MIN_NET, WARMUP_MAX, DURATION, serverCpu, loadCpu }
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1) })
