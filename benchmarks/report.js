'use strict'
// Turns raw benchmark output into the committed results (called by benchmarks/run.sh).
//   node benchmarks/report.js packages <bdn results dir> <npm jsonl>
//       BenchmarkDotNet's JSON reports (*-report-full-compressed.json) and the npm side's JSON lines become one
//       side-by-side table: benchmarks/results/packages.{md,json}.
//   node benchmarks/report.js readme
//       Rewrites the generated sections of benchmarks/README.md (between <!-- BEGIN name --> and <!-- END name -->)
//       from benchmarks/results: machine, targets, http, realistic, alloc, startup, packages.
const fs = require('fs')
const path = require('path')

const root = path.resolve(__dirname, '..')
const results = path.join(root, 'benchmarks/results')

function fmt (n, digits = 0) {
  if (n == null || Number.isNaN(n)) return '–'
  const d = digits ?? 0
  return n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
}
// Three significant figures for times, as BenchmarkDotNet prints them.
function ns (n) {
  if (n == null) return '–'
  return n >= 100 ? fmt(n, 0) : n >= 10 ? fmt(n, 1) : fmt(n, 2)
}

// benchmarks/Packages/<Name>Benchmarks.cs ⇄ benchmarks/node/<script>.js: kebab-case of the package name, except
// Compose, which ports koa-compose.
const npmScript = (name) => name === 'Compose' ? 'koa-compose' : name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()

// A .NET case's npm counterpart: the same title; with parameters (Compose's N), "<title without ': Pooled'>: N=<n>".
function npmCase (title, parameters) {
  if (!parameters) return title
  return `${title.replace(/: Pooled$/, '')}: ${parameters.replace(/&/g, ', ')}`
}

function packages (bdnDir, npmFile) {
  const npm = new Map()
  if (fs.existsSync(npmFile)) {
    for (const line of fs.readFileSync(npmFile, 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue
      const r = JSON.parse(line)
      npm.set(`${r.suite}\u0000${r.case}`, r)
    }
  }
  const rows = []
  let host = null
  const reports = fs.existsSync(bdnDir) ? fs.readdirSync(bdnDir).filter((f) => f.endsWith('-report-full-compressed.json')).sort() : []
  for (const file of reports) {
    const report = JSON.parse(fs.readFileSync(path.join(bdnDir, file), 'utf8'))
    host = host || report.HostEnvironmentInfo
    for (const b of report.Benchmarks) {
      const name = b.Type.replace(/Benchmarks$/, '')
      const title = b.MethodTitle.replace(/^'(.*)'$/, '$1')
      const suite = npmScript(name)
      const other = npm.get(`${suite}\u0000${npmCase(title, b.Parameters)}`)
      const dotnetNs = b.Statistics ? b.Statistics.Mean : null
      rows.push({
        package: name,
        case: b.Parameters ? `${title} (${b.Parameters.replace(/&/g, ', ')})` : title,
        dotnetNs,
        dotnetErrorNs: b.Statistics && b.Statistics.ConfidenceInterval ? b.Statistics.ConfidenceInterval.Margin : null,
        dotnetBytes: b.Memory ? b.Memory.BytesAllocatedPerOperation : null,
        npmNs: other ? other.nsPerOp : null,
        npmHeapBytes: other ? other.heapBytesPerOp : null,
        ratio: other && dotnetNs ? other.nsPerOp / dotnetNs : null
      })
    }
  }
  const date = new Date().toISOString().slice(0, 10)
  fs.writeFileSync(path.join(results, 'packages.json'), JSON.stringify({ date, host, rows }, null, 2) + '\n')
  const lines = []
  lines.push('# Packages: .NET vs npm, one hot call each')
  lines.push('')
  lines.push(`Measured ${date}${host ? ` on ${host.ProcessorName}, ${host.LogicalCoreCount} logical cores, ${host.OsVersion}; ${host.RuntimeVersion}, BenchmarkDotNet ${host.BenchmarkDotNetVersion}` : ''}. ` +
    '.NET: BenchmarkDotNet in-process, mean of the measured iterations, bytes allocated per operation (exact). ' +
    'npm: benchmarks/node/lib/bench.js, median of ~20 ms batches after a warm-up (see the per-package files in this folder for the cases\' inputs). ' +
    'Ratio = npm ns/op ÷ .NET ns/op (above 1: .NET is faster).')
  lines.push('')
  lines.push('| package | case | .NET ns/op | .NET B/op | npm ns/op | ratio npm/.NET |')
  lines.push('|---|---|---:|---:|---:|---:|')
  for (const r of rows) {
    lines.push(`| ${r.package} | ${r.case} | ${ns(r.dotnetNs)} | ${fmt(r.dotnetBytes)} | ${ns(r.npmNs)} | ${r.ratio == null ? '–' : fmt(r.ratio, 2) + '×'} |`)
  }
  const matched = rows.filter((r) => r.ratio != null).map((r) => r.ratio).sort((a, b) => a - b)
  if (matched.length) {
    const geo = Math.exp(matched.reduce((a, r) => a + Math.log(r), 0) / matched.length)
    lines.push('')
    lines.push(`${matched.length} cases with an npm counterpart: geometric mean of the ratios ${fmt(geo, 2)}×, median ${fmt(matched[matched.length >> 1], 2)}×; ` +
      `${matched.filter((r) => r >= 1).length} of ${matched.length} faster in .NET. Cases without one ("–") are .NET-only variants (e.g. Compose's closure port).`)
  }
  fs.writeFileSync(path.join(results, 'packages.md'), lines.join('\n') + '\n')
  process.stdout.write(lines.join('\n') + '\n')
}

// Sections of benchmarks/README.md that the results regenerate.
function readme () {
  const file = path.join(root, 'benchmarks/README.md')
  let text = fs.readFileSync(file, 'utf8')
  const read = (name) => fs.existsSync(path.join(results, name)) ? fs.readFileSync(path.join(results, name), 'utf8') : null
  const body = (md) => md ? md.replace(/^# .*\n\n?/, '').trim() : '_Not measured yet: run `bash benchmarks/run.sh`._'
  const http = read('http.json') ? JSON.parse(read('http.json')) : null
  const sections = {
    machine: http
      ? `Last HTTP run: ${http.machine.date}, ${http.machine.cpu}, ${http.machine.cores} cores, ${http.machine.memoryGiB} GiB, Linux ${http.machine.kernel}; node ${http.machine.node}, .NET SDK ${http.machine.dotnet}, Koa ${http.machine.koa}; load average ${http.machine.loadAverage.before.join(' ')} before, ${http.machine.loadAverage.after.join(' ')} after.`
      : null,
    targets: targetsTable(),
    http: read('http.md') ? body(read('http.md')) : null,
    realistic: read('realistic.md') ? body(read('realistic.md')) : null,
    alloc: read('alloc.md') ? body(read('alloc.md')) : null,
    startup: read('startup.md') ? body(read('startup.md')) : null,
    packages: read('packages.md') ? body(read('packages.md')) : null
  }
  for (const [name, content] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- BEGIN ${name} -->\\n)[\\s\\S]*?(<!-- END ${name} -->)`)
    if (!re.test(text)) continue
    text = text.replace(re, (m, a, b) => `${a}${content || '_Not measured yet: run `bash benchmarks/run.sh`._'}\n${b}`)
  }
  fs.writeFileSync(file, text)
}

// Each target as measured by the newest HTTP run that has it: the full matrix (http.json) and the partial runs written
// with --out (e.g. hello.json from `--only '^hello' --out hello`), so a re-measured row is not hidden behind the full
// matrix's older figure. The last column names the run.
function targetsTable () {
  const runs = fs.readdirSync(results).filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), data: JSON.parse(fs.readFileSync(path.join(results, f), 'utf8')) }))
    .filter((r) => Array.isArray(r.data.targets) && r.data.machine && r.data.machine.date)
    // Oldest first, the full matrix first on a tie, so a later partial run overrides its rows.
    .sort((a, b) => a.data.machine.date.localeCompare(b.data.machine.date) || (a.name === 'http' ? -1 : b.name === 'http' ? 1 : 0))
  if (runs.length === 0) return null
  const byTarget = new Map()
  // http/run.js's targets (the realistic app's have their own table in its section).
  for (const run of runs) for (const t of run.data.targets) if (t.unit) byTarget.set(t.target, { ...t, run })
  const lines = ['| target | measured | met | run |', '|---|---:|---|---|']
  for (const t of byTarget.values()) {
    lines.push(`| ${t.target} | ${fmt(t.value, t.unit === '×' ? 2 : 1)}${t.unit} | ${t.met == null ? '–' : t.met ? 'yes' : 'no'} | [${t.run.name}](results/${t.run.name}.md), ${t.run.data.machine.date} |`)
  }
  return lines.join('\n')
}

const [command, ...rest] = process.argv.slice(2)
if (command === 'packages') packages(rest[0], rest[1])
else if (command === 'readme') readme()
else {
  console.error('usage: node benchmarks/report.js packages <bdn results dir> <npm jsonl> | readme')
  process.exit(2)
}
