'use strict'
// HTTP benchmark: KoaNet (C#) vs Node Koa 3.3.0 on the same machine, plus raw Kestrel as the platform ceiling.
// Usage (from the repository root): node benchmarks/http/run.js [--quick] [--only <regex>]
// Installs what it needs: wrk (Debian package) if missing, Node Koa via `npm ci` in benchmarks/node, and builds
// benchmarks/Http in Release. The server is pinned to CPU 0 and wrk to CPU 1 (taskset). For each scenario: a
// warm-up run, then a measured run; reports req/s, p99 latency, server CPU µs per request (from /proc, so the load
// generator's CPU does not count) and peak RSS (VmHWM). Writes benchmarks/results/http.{json,md}.
const fs = require('fs')
const os = require('os')
const path = require('path')
const http = require('http')
const { execFileSync, spawn, spawnSync } = require('child_process')

const root = path.resolve(__dirname, '../..')
const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const onlyIndex = argv.indexOf('--only')
const only = onlyIndex >= 0 ? new RegExp(argv[onlyIndex + 1]) : null
const WARMUP = quick ? 2 : 5
const DURATION = quick ? 3 : 10
const CONNECTIONS = 50
const PIPELINE_DEPTH = 16
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim())
const cpus = os.cpus().length
const serverCpu = '0'
const loadCpu = cpus > 1 ? '1' : '0'

function log (...a) { process.stderr.write(a.join(' ') + '\n') }
function has (cmd) { return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0 }
function run (cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], ...opts })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`)
  return r.stdout ? r.stdout.toString() : ''
}

function ensureTools () {
  if (!has('wrk')) {
    log('installing wrk (Debian package)')
    const sudo = process.getuid && process.getuid() !== 0 && has('sudo') ? ['sudo'] : []
    const apt = (args) => spawnSync(sudo.length ? 'sudo' : 'apt-get', sudo.length ? ['apt-get', ...args] : args, { stdio: 'inherit' })
    if (apt(['install', '-y', 'wrk']).status !== 0) {
      apt(['update'])
      if (apt(['install', '-y', 'wrk']).status !== 0) throw new Error('could not install wrk')
    }
  }
  if (!has('taskset')) throw new Error('taskset (util-linux) is required')
  const nodeDir = path.join(root, 'benchmarks/node')
  if (!fs.existsSync(path.join(nodeDir, 'node_modules/koa'))) {
    log('npm ci in benchmarks/node')
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: nodeDir, stdio: 'inherit' })
  }
  log('building benchmarks/Http (Release)')
  run('dotnet', ['build', '-c', 'Release', '-v', 'q', '--nologo', path.join(root, 'benchmarks/Http/Http.csproj')], { stdio: 'inherit' })
}

const dotnetDll = path.join(root, 'benchmarks/Http/bin/Release/net10.0/KoaNet.Benchmarks.Http.dll')
const servers = {
  node: (scenario, port) => ['node', [path.join(__dirname, 'server.js'), scenario, String(port)]],
  koanet: (scenario, port) => ['dotnet', [dotnetDll, scenario, String(port)]]
}

function cookieHeader () {
  const Keygrip = require(path.join(root, 'benchmarks/node/node_modules/keygrip'))
  const keys = new Keygrip(['im a newer secret', 'i like turtle'])
  return `visits=41; visits.sig=${keys.sign('visits=41')}`
}

const scenarios = [
  { name: 'hello', path: '/' },
  { name: 'json', path: '/' },
  ...[1, 5, 10, 20, 50, 100].map((n) => ({ name: `mw-${n}`, path: '/?foo[bar]=baz' })),
  { name: 'cookies', path: '/', headers: () => ({ Cookie: cookieHeader() }) },
  { name: 'negotiation', path: '/', headers: () => ({ Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'Accept-Encoding': 'gzip, deflate, br', 'Accept-Language': 'en-US,en;q=0.9,fr;q=0.8' }) },
  { name: 'notfound', path: '/missing' }
]

function startServer (kind, scenario, port) {
  const [cmd, args] = servers[kind](scenario, port)
  const t0 = process.hrtime.bigint()
  const child = spawn('taskset', ['-c', serverCpu, cmd, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DOTNET_TieredPGO: '1', NODE_ENV: 'production' } })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      if (out.includes('ready')) resolve({ child, t0 })
    })
    child.on('exit', (code) => reject(new Error(`${kind} ${scenario} exited with ${code}`)))
  })
}

function firstResponse (port, t0) {
  return new Promise((resolve) => {
    const attempt = () => {
      const req = http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
        res.resume()
        res.on('end', () => resolve(Number(process.hrtime.bigint() - t0) / 1e6))
      })
      req.on('error', () => setTimeout(attempt, 2))
    }
    attempt()
  })
}

function procStat (pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12]) // utime + stime (fields 14, 15 of stat)
}
function peakRss (pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const m = /VmHWM:\s+(\d+) kB/.exec(status)
  return m ? Number(m[1]) / 1024 : null
}
// The server runs under taskset; its real pid is the child of taskset's exec (same pid: taskset execs).
function wrk (port, scenario, seconds, pipelined) {
  const args = ['-c', loadCpu, 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency']
  const headers = scenario.headers ? scenario.headers() : {}
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`)
  if (pipelined) args.push('-s', path.join(__dirname, 'pipeline.lua'))
  args.push(`http://127.0.0.1:${port}${scenario.path}`)
  if (pipelined) args.push('--', String(PIPELINE_DEPTH))
  const out = run('taskset', args)
  const num = (re) => { const m = re.exec(out); return m ? m[1] : null }
  const toMs = (v) => v == null ? null : v.endsWith('us') ? parseFloat(v) / 1000 : v.endsWith('ms') ? parseFloat(v) : parseFloat(v) * 1000
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  return {
    rps: Number(num(/Requests\/sec:\s+([\d.]+)/)),
    requests: Number(num(/(\d+) requests in/)),
    p99ms: toMs(num(/\s99%\s+([\d.]+\w+)/)),
    socketErrors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    non2xx: Number(num(/Non-2xx or 3xx responses: (\d+)/) || 0)
  }
}

async function measure (kind, scenario, pipelined, port) {
  const { child, t0 } = await startServer(kind, scenario.name, port)
  const startupMs = await firstResponse(port, t0)
  try {
    wrk(port, scenario, WARMUP, pipelined)
    const before = procStat(child.pid)
    const r = wrk(port, scenario, DURATION, pipelined)
    const after = procStat(child.pid)
    r.cpuUsPerRequest = r.requests ? ((after - before) / CLK_TCK) * 1e6 / r.requests : null
    r.peakRssMb = peakRss(child.pid)
    r.startupMs = startupMs
    return r
  } finally {
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}

function fmt (n, digits = 0) { return n == null || Number.isNaN(n) ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) }

async function main () {
  ensureTools()
  const results = []
  let port = 3400
  const cases = []
  for (const s of scenarios) for (const pipelined of [false, true]) cases.push({ s, pipelined })
  cases.push({ s: { name: 'raw', path: '/' }, pipelined: false, only: 'koanet' }, { s: { name: 'raw', path: '/' }, pipelined: true, only: 'koanet' })
  for (const { s, pipelined, only: which } of cases) {
    const label = `${s.name}${pipelined ? ' (pipelined ×16)' : ''}`
    if (only && !only.test(label)) continue
    const row = { scenario: s.name, pipelined }
    for (const kind of which ? [which] : ['node', 'koanet']) {
      log(`${label}: ${kind}`)
      row[kind] = await measure(kind, s, pipelined, port++)
    }
    results.push(row)
  }
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0].model,
    cores: cpus,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: os.release(),
    node: process.version,
    dotnet: run('dotnet', ['--version']).trim(),
    wrk: `-t1 -c${CONNECTIONS}, warm-up ${WARMUP}s, measured ${DURATION}s; server on CPU ${serverCpu}, wrk on CPU ${loadCpu}`
  }
  fs.mkdirSync(path.join(root, 'benchmarks/results'), { recursive: true })
  fs.writeFileSync(path.join(root, 'benchmarks/results/http.json'), JSON.stringify({ machine, results }, null, 2) + '\n')

  const lines = []
  lines.push(`Measured ${machine.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Linux ${machine.kernel}; node ${machine.node}, .NET SDK ${machine.dotnet}; wrk ${machine.wrk}. One run each (the machine is shared and noisy: read ratios, not absolute figures).`)
  lines.push('')
  lines.push('| scenario | Node Koa req/s | KoaNet req/s | ratio | Node p99 ms | KoaNet p99 ms | Node CPU µs/req | KoaNet CPU µs/req | Node peak RSS MB | KoaNet peak RSS MB |')
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  const raw = {}
  for (const r of results) {
    const label = `${r.scenario}${r.pipelined ? ' (pipelined ×16)' : ''}`
    if (r.scenario === 'raw') { raw[r.pipelined] = r.koanet; lines.push(`| raw Kestrel \`app.Run\`${r.pipelined ? ' (pipelined ×16)' : ''} | – | ${fmt(r.koanet.rps)} | – | – | ${fmt(r.koanet.p99ms, 2)} | – | ${fmt(r.koanet.cpuUsPerRequest, 1)} | – | ${fmt(r.koanet.peakRssMb)} |`); continue }
    const n = r.node; const k = r.koanet
    lines.push(`| ${label} | ${fmt(n.rps)} | ${fmt(k.rps)} | ${fmt(k.rps / n.rps, 2)}× | ${fmt(n.p99ms, 2)} | ${fmt(k.p99ms, 2)} | ${fmt(n.cpuUsPerRequest, 1)} | ${fmt(k.cpuUsPerRequest, 1)} | ${fmt(n.peakRssMb)} | ${fmt(k.peakRssMb)} |`)
  }
  const errors = results.flatMap((r) => ['node', 'koanet'].filter((k) => r[k] && r[k].socketErrors).map((k) => `${r.scenario}/${k}: ${r[k].socketErrors}`))
  lines.push('')
  lines.push(`Socket errors: ${errors.length ? errors.join(', ') : 'none'}.`)
  const by = (name, pipelined) => results.find((r) => r.scenario === name && r.pipelined === pipelined)
  const targets = []
  const hp = by('hello', true); const h = by('hello', false); const m1 = by('mw-1', false); const m100 = by('mw-100', false)
  if (hp) targets.push(`pipelined hello vs Node Koa: ${fmt(hp.koanet.rps / hp.node.rps, 2)}× (target ≥ 4×)`)
  if (hp && raw[true]) targets.push(`pipelined hello vs raw Kestrel: ${fmt(100 * hp.koanet.rps / raw[true].rps, 1)}% (target ≥ 90%)`)
  if (h) targets.push(`plain hello vs Node Koa: ${fmt(h.koanet.rps / h.node.rps, 2)}× (target ≥ 1.2×)`)
  if (m1 && m100) targets.push(`100 middleware vs 1 middleware (KoaNet): ${fmt(100 * m100.koanet.rps / m1.koanet.rps, 1)}% (target ≥ 95%)`)
  if (h) targets.push(`startup to first response: KoaNet ${fmt(h.koanet.startupMs)} ms, Node ${fmt(h.node.startupMs)} ms`)
  lines.push('')
  for (const t of targets) lines.push(`- ${t}`)
  const md = lines.join('\n') + '\n'
  fs.writeFileSync(path.join(root, 'benchmarks/results/http.md'), md)
  process.stdout.write(md)
}

main().catch((e) => { console.error(e); process.exit(1) })
