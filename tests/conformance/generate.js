'use strict'
// Regenerates every conformance fixture: runs each <package>/generate.js in turn.
// Usage (from tests/conformance): npm ci && node generate.js [package ...]
const fs = require('fs')
const path = require('path')
const { execFileSync } = require('child_process')

const only = process.argv.slice(2)
const dirs = fs.readdirSync(__dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'node_modules')
  .map((d) => d.name)
  .filter((name) => fs.existsSync(path.join(__dirname, name, 'generate.js')))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort()

for (const name of dirs) {
  process.stdout.write(`${name}: `)
  execFileSync(process.execPath, [path.join(__dirname, name, 'generate.js')], { stdio: 'inherit', cwd: path.join(__dirname, name) })
}
