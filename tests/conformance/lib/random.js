'use strict'
// Deterministic helpers for fixture generators: a seeded PRNG (mulberry32) and input builders,
// so regenerating fixtures without a package change gives byte-identical files.
const fs = require('fs')

function rng (seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const chance = (p) => next() < p
  const string = (alphabet, min, max) => {
    const n = int(min, max)
    let s = ''
    for (let i = 0; i < n; i++) s += pick(alphabet)
    return s
  }
  return { next, int, pick, chance, string }
}

// Writes pretty-but-compact JSON (one case per line) so diffs of regenerated fixtures stay readable.
function writeCases (file, cases) {
  const body = '[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n'
  fs.writeFileSync(file, body)
  process.stdout.write(`${file}: ${cases.length} cases\n`)
}

// Runs fn and captures either its result or the thrown error's message (as upstream's TypeError texts).
function outcome (fn) {
  try {
    const value = fn()
    return { value: value === undefined ? null : value }
  } catch (e) {
    return { error: e.message }
  }
}

module.exports = { rng, writeCases, outcome }
