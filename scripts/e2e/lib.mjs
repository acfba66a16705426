// Helpers for the end-to-end tests: start a dev node on a free loopback port, make real hypercore
// feeds, tell a refused call's error. Everything a client does goes through the client library
// (clients/js, `datdot-chain-client`).
import { spawn } from 'node:child_process'
import { createServer, connect as netConnect } from 'node:net'
import { existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ChainError } from 'datdot-chain-client'
import Hypercore from 'hypercore'
import RAM from 'random-access-memory'

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, '..', '..')

export function nodeBinary () {
  if (process.env.DATDOT_NODE) return process.env.DATDOT_NODE
  const target = process.env.CARGO_TARGET_DIR || join(repo, 'target')
  const bin = join(target, 'debug', 'datdot-node')
  if (!existsSync(bin)) throw new Error(`no node binary at ${bin}: build it first (cargo build -p datdot-node) or set DATDOT_NODE`)
  return bin
}

export function freePort () {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

// Starts `datdot-node --dev --tmp` on loopback; resolves once the RPC answers (asked every
// `pollMs`), with the time that took (`startedMs`).
export async function startNode ({ args = [], log = process.env.E2E_NODE_LOG, pollMs = 250 } = {}) {
  const port = await freePort()
  const child = spawn(nodeBinary(), [
    '--dev', '--tmp',
    '--rpc-port', String(port),
    '--listen-addr', '/ip4/127.0.0.1/tcp/0',
    '--no-prometheus', '--no-telemetry', '--no-mdns',
    ...args
  ], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20000)
    if (log) process.stderr.write(chunk)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const stop = () => { if (child.exitCode === null) child.kill('SIGTERM') }
  process.on('exit', stop)
  const started = Date.now()
  const url = `ws://127.0.0.1:${port}`
  while (true) {
    if (child.exitCode !== null) throw new Error(`node exited with ${child.exitCode}:\n${output}`)
    if (Date.now() - started > 120000) { stop(); throw new Error(`node did not answer on ${url} within 120 s:\n${output}`) }
    try {
      const res = await fetch(`http://127.0.0.1:${port}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'system_health', params: [] })
      })
      if (res.ok) break
    } catch (_) {}
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  return {
    url,
    port,
    child,
    startedMs: Date.now() - started,
    output: () => output,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode)
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000)
      child.once('exit', (code) => { clearTimeout(timer); resolve(code) })
      child.kill('SIGTERM')
    })
  }
}

// A TCP proxy on 127.0.0.1 to the node's RPC port, to drop a client's connection: `cut()` closes
// every connection and refuses new ones until `restore()`.
export async function proxy (port) {
  const sockets = new Set()
  let cut = false
  const server = createServer((down) => {
    if (cut) return down.destroy()
    const up = netConnect(port, '127.0.0.1')
    for (const s of [down, up]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => {}) }
    down.pipe(up).pipe(down)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `ws://127.0.0.1:${server.address().port}`,
    cut () { cut = true; for (const s of sockets) s.destroy() },
    restore () { cut = false },
    close () { for (const s of sockets) s.destroy(); return new Promise((resolve) => server.close(resolve)) }
  }
}

// Whether `promise` (a call of the client library) was refused: the error's `section.Name`
// (`datdot.NotAttester`, `system.CallFiltered`, `pool.Invalid`), or null if it succeeded.
export async function errorOf (promise) {
  try {
    await promise
    return null
  } catch (e) {
    if (e instanceof ChainError) return e.id
    throw e
  }
}

// A real in-memory hypercore feed with `blocks` appended.
export async function makeFeed (blocks) {
  const core = new Hypercore(RAM)
  await core.ready()
  await core.append(blocks.map((b) => Buffer.from(b)))
  return core
}

export const hex = (buf) => '0x' + Buffer.from(buf).toString('hex')
