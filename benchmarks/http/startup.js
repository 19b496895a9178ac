'use strict'
// Startup and memory: time from process start to the first response, resident memory after it, peak resident
// memory under a short load, and the size of what gets deployed — Node Koa, KoaNet (JIT, framework-dependent),
// raw ASP.NET Core, and KoaNet published trimmed (self-contained ReadyToRun) and as Native AOT when those builds
// exist (benchmarks/run.sh publishes benchmarks/Aot into artifacts/bench/{trimmed,aot}).
//
// Usage: node benchmarks/http/startup.js [--quick] [--launches N]
// Writes benchmarks/results/startup.{json,md}. Launches of the variants are interleaved; each runs on CPU 0 (taskset).
const fs = require('fs')
const os = require('os')
const path = require('path')
const http = require('http')
const { spawn, spawnSync } = require('child_process')

const root = path.resolve(__dirname, '../..')
const argv = process.argv.slice(2)
const quick = argv.includes('--quick') || process.env.KOANET_BENCH_QUICK === '1'
const launchesIndex = argv.indexOf('--launches')
const LAUNCHES = launchesIndex >= 0 ? Number(argv[launchesIndex + 1]) : quick ? 3 : 7
const LOAD_SECONDS = quick ? 1 : 2
const bench = path.join(root, 'artifacts/bench')
const httpOut = path.join(root, 'benchmarks/HttpServer/bin/Release/net10.0')

function dirSize (dir) {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    total += entry.isDirectory() ? dirSize(p) : fs.statSync(p).size
  }
  return total
}
function nodeModulesOf (pkg, seen = new Set()) {
  // Koa and its dependencies as npm installs them (what a Node deployment ships besides node itself).
  const dir = path.join(root, 'benchmarks/node/node_modules', pkg)
  if (seen.has(pkg) || !fs.existsSync(dir)) return seen
  seen.add(pkg)
  const deps = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies || {}
  for (const d of Object.keys(deps)) nodeModulesOf(d, seen)
  return seen
}

const variants = [
  { name: 'node', label: 'Node Koa 3.3.0', command: (s, port) => ['node', [path.join(__dirname, 'server.js'), s, String(port)]], size: () => [...nodeModulesOf('koa')].reduce((a, p) => a + dirSize(path.join(root, 'benchmarks/node/node_modules', p)), 0), sizeNote: 'koa and its npm dependencies (node itself not counted)' },
  { name: 'jit', label: 'KoaNet, JIT (framework-dependent)', command: (s, port) => [path.join(httpOut, 'KoaNet.Benchmarks.Http'), [s, String(port)]], exists: () => fs.existsSync(path.join(httpOut, 'KoaNet.Benchmarks.Http')), size: () => ['KoaNet', 'KoaNet.Accepts', 'KoaNet.Compose', 'KoaNet.ContentDisposition', 'KoaNet.ContentType', 'KoaNet.Cookies', 'KoaNet.Fresh', 'KoaNet.HttpAssert', 'KoaNet.HttpErrors', 'KoaNet.Keygrip', 'KoaNet.MimeTypes', 'KoaNet.Negotiator', 'KoaNet.Statuses', 'KoaNet.TypeIs', 'KoaNet.Vary'].reduce((a, n) => a + fs.statSync(path.join(httpOut, n + '.dll')).size, 0), sizeNote: 'the KoaNet assemblies (the shared .NET and ASP.NET Core runtimes not counted)' },
  { name: 'raw', label: 'raw Kestrel, JIT (for reference)', command: (s, port) => [path.join(httpOut, 'KoaNet.Benchmarks.Http'), ['raw', String(port)]], exists: () => fs.existsSync(path.join(httpOut, 'KoaNet.Benchmarks.Http')) },
  { name: 'trimmed', label: 'KoaNet, trimmed self-contained ReadyToRun', command: (s, port) => [path.join(bench, 'trimmed/KoaNet.Benchmarks.Aot'), [s, String(port)]], exists: () => fs.existsSync(path.join(bench, 'trimmed/KoaNet.Benchmarks.Aot')), size: () => dirSize(path.join(bench, 'trimmed')), sizeNote: 'the whole self-contained folder, runtime included' },
  { name: 'aot', label: 'KoaNet, Native AOT', command: (s, port) => [path.join(bench, 'aot/KoaNet.Benchmarks.Aot'), [s, String(port)]], exists: () => fs.existsSync(path.join(bench, 'aot/KoaNet.Benchmarks.Aot')), size: () => fs.statSync(path.join(bench, 'aot/KoaNet.Benchmarks.Aot')).size, sizeNote: 'the single executable' }
]

function get (port, t0) {
  return new Promise((resolve) => {
    const attempt = () => {
      const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (d) => { body += d })
        res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: res.statusCode, body }))
      })
      req.on('error', () => setTimeout(attempt, 1))
    }
    attempt()
  })
}
function status (pid, field) {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : null
}

let nextPort = 4400 + Math.floor(Math.random() * 400)
async function launch (variant, scenario, load) {
  const port = nextPort++
  const [cmd, args] = variant.command(scenario, port)
  const t0 = process.hrtime.bigint()
  const child = spawn('taskset', ['-c', '0', cmd, ...args], { stdio: ['pipe', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    const first = await Promise.race([get(port, t0), exited.then((code) => { throw new Error(`${variant.name} exited with ${code}`) })])
    const result = { startupMs: first.ms, status: first.status, body: first.body, rssAfterFirstMb: status(child.pid, 'VmRSS') }
    if (load) {
      const cpu = os.cpus().length > 1 ? '1' : '0'
      const out = spawnSync('taskset', ['-c', cpu, 'wrk', '-t1', '-c50', `-d${LOAD_SECONDS}s`, `http://127.0.0.1:${port}/`]).stdout.toString()
      const m = /Requests\/sec:\s+([\d.]+)/.exec(out)
      result.rps = m ? Number(m[1]) : null
      result.peakRssMb = status(child.pid, 'VmHWM')
    }
    return result
  } finally {
    child.kill('SIGKILL')
    await exited
  }
}

const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null }
const fmt = (n, d = 0) => n == null ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })

async function main () {
  const present = variants.filter((v) => !v.exists || v.exists())
  const samples = Object.fromEntries(present.map((v) => [v.name, []]))
  for (let i = 0; i < LAUNCHES; i++) {
    const order = i % 2 ? [...present].reverse() : present
    for (const v of order) {
      process.stderr.write(`startup ${i + 1}/${LAUNCHES}: ${v.label}\n`)
      samples[v.name].push(await launch(v, 'hello', i === LAUNCHES - 1))
    }
  }
  // The trimmed builds serialize JSON through a source-generated context: check that it answers like the JIT build.
  const jsonChecks = {}
  for (const v of present.filter((x) => x.name === 'trimmed' || x.name === 'aot')) {
    const r = await launch(v, 'json', false)
    jsonChecks[v.name] = { status: r.status, body: r.body, ok: r.status === 200 && r.body === '{"message":"Hello, World!"}' }
  }
  const aotLog = path.join(bench, 'aot-publish.log')
  const aotError = !present.some((v) => v.name === 'aot') && fs.existsSync(aotLog)
    ? fs.readFileSync(aotLog, 'utf8').split('\n').map((l) => /error [A-Z]*\d*:? ?(.*?)(\s*\[[^\]]*\])?\s*$/.exec(l)).filter(Boolean).map((m) => m[0].replace(/^.*?(error )/, '$1').replace(/\s*\[[^\]]*\]\s*$/, '')).filter((l, i, a) => a.indexOf(l) === i).slice(0, 3)
    : []
  const rows = present.map((v) => {
    const s = samples[v.name]
    const last = s[s.length - 1]
    return {
      variant: v.name,
      label: v.label,
      startupMs: median(s.map((x) => x.startupMs)),
      startupMinMs: Math.min(...s.map((x) => x.startupMs)),
      rssAfterFirstMb: median(s.map((x) => x.rssAfterFirstMb)),
      peakRssMb: last.peakRssMb,
      rps: last.rps,
      sizeMb: v.size ? v.size() / 2 ** 20 : null,
      sizeNote: v.sizeNote || null
    }
  })
  const date = new Date().toISOString().slice(0, 10)
  fs.mkdirSync(path.join(root, 'benchmarks/results'), { recursive: true })
  fs.writeFileSync(path.join(root, 'benchmarks/results/startup.json'), JSON.stringify({ date, launches: LAUNCHES, rows, jsonChecks, aotError }, null, 2) + '\n')

  const lines = ['# Startup and memory', '']
  lines.push(`Measured ${date} on ${os.cpus()[0].model}, ${os.cpus().length} cores; hello world, each launch pinned to CPU 0, ${LAUNCHES} launches per variant (interleaved), median. ` +
    `"First response" is the time from spawning the process to the end of the first HTTP response (polled every millisecond). Peak RSS is VmHWM after the first response and ${LOAD_SECONDS} s of wrk -c50 (the req/s of that short run is indicative only).`)
  lines.push('')
  lines.push('| variant | first response ms (median) | fastest ms | RSS after first response MB | peak RSS under load MB | req/s (short run) | size MB |')
  lines.push('|---|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) lines.push(`| ${r.label} | ${fmt(r.startupMs)} | ${fmt(r.startupMinMs)} | ${fmt(r.rssAfterFirstMb, 1)} | ${fmt(r.peakRssMb, 1)} | ${fmt(r.rps)} | ${r.sizeMb == null ? '–' : fmt(r.sizeMb, 1)} |`)
  lines.push('')
  for (const r of rows.filter((x) => x.sizeNote)) lines.push(`- Size of ${r.label}: ${r.sizeNote}.`)
  for (const [name, c] of Object.entries(jsonChecks)) lines.push(`- JSON scenario on the ${name} build (source-generated context): ${c.ok ? 'answers `{"message":"Hello, World!"}` like the JIT build' : `unexpected answer ${c.status} ${JSON.stringify(c.body)}`}.`)
  if (!present.some((v) => v.name === 'aot')) {
    lines.push(`- Native AOT: not measured — the publish failed${aotError.length ? `: ${aotError.map((l) => '`' + l + '`').join('; ')}` : ' (see artifacts/bench/aot-publish.log)'}.`)
  }
  const md = lines.join('\n') + '\n'
  fs.writeFileSync(path.join(root, 'benchmarks/results/startup.md'), md)
  process.stdout.write(md)
}

main().catch((e) => { console.error(e); process.exit(1) })
