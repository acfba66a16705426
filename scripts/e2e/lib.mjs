// Helpers for the end-to-end tests: start a dev node on a free loopback port, connect polkadot.js,
// submit transactions and wait for their outcome, make real hypercore feeds.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ApiPromise, WsProvider } from '@polkadot/api'
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

// Starts `datdot-node --dev --tmp` on loopback; resolves once the RPC answers.
export async function startNode ({ args = [], log = process.env.E2E_NODE_LOG } = {}) {
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
    await new Promise((resolve) => setTimeout(resolve, 250))
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

export async function connect (url) {
  const provider = new WsProvider(url, 1000, {}, 30000)
  return ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true })
}

// Signs and sends `tx` (with polkadot.js signer `options`); resolves when it is in a block (or
// finalized) with { events, blockHash, error } where `error` is `section.Name` of a failed dispatch,
// or null.
export function submit (api, tx, signer, { timeoutMs = 60000, options = {} } = {}) {
  return new Promise((resolve, reject) => {
    let unsub = null
    const timer = setTimeout(() => { if (unsub) unsub(); reject(new Error('transaction not included in time')) }, timeoutMs)
    tx.signAndSend(signer, options, ({ status, events, dispatchError }) => {
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        clearTimeout(timer); if (unsub) unsub()
        return reject(new Error(`transaction ${status.type}`))
      }
      // A dev node finalizes each block as it makes it, so the pool may report Finalized without InBlock.
      if (!status.isInBlock && !status.isFinalized) return
      clearTimeout(timer); if (unsub) unsub()
      let error = null
      if (dispatchError) {
        if (dispatchError.isModule) {
          const meta = api.registry.findMetaError(dispatchError.asModule)
          error = `${meta.section}.${meta.name}`
        } else {
          error = dispatchError.toString()
        }
      }
      resolve({ events: events.map((r) => r.event), blockHash: status.isInBlock ? status.asInBlock : status.asFinalized, error })
    }).then((u) => { unsub = u }, (e) => { clearTimeout(timer); reject(e) })
  })
}

// A real in-memory hypercore feed with `blocks` appended.
export async function makeFeed (blocks) {
  const core = new Hypercore(RAM)
  await core.ready()
  await core.append(blocks.map((b) => Buffer.from(b)))
  return core
}

// The feed's signed tree at its current length, in the shape `publish_feed` takes.
export async function signedTree (core) {
  const p = await core.core.tree.proof({ upgrade: { start: 0, length: core.length } })
  return {
    length: p.upgrade.length,
    fork: p.fork,
    roots: p.upgrade.nodes.map((n) => ({ index: n.index, size: n.size, hash: '0x' + n.hash.toString('hex') })),
    signature: '0x' + p.upgrade.signature.toString('hex')
  }
}

// A proof of block `index` of the feed at its current length, in the shape
// `submit_storage_proof` takes: the block, its path to a full root, the other roots, signed.
export async function chunkProof (core, index) {
  const p = await core.core.tree.proof({ block: { index, nodes: 0 }, upgrade: { start: 0, length: core.length } })
  const node = (n) => ({ index: n.index, size: n.size, hash: '0x' + n.hash.toString('hex') })
  return {
    index,
    data: hex(await core.get(index)),
    nodes: p.block.nodes.map(node),
    tree: { length: p.upgrade.length, fork: p.fork, roots: p.upgrade.nodes.map(node), signature: '0x' + p.upgrade.signature.toString('hex') }
  }
}

// Runs `call` as root through `sudo` signed by `sudoKey`; resolves like `submit`, with `error` also
// set when sudo dispatched the call and the call failed.
export async function asRoot (api, call, sudoKey) {
  const result = await submit(api, api.tx.sudo.sudo(call), sudoKey)
  if (result.error) return result
  const sudid = result.events.find((e) => api.events.sudo.Sudid.is(e))
  const outcome = fields(sudid).sudoResult
  if (outcome.isErr) {
    const err = outcome.asErr
    const meta = err.isModule ? api.registry.findMetaError(err.asModule) : null
    return { ...result, error: meta ? `${meta.section}.${meta.name}` : err.toString() }
  }
  return result
}

// Sets the datdot pallet's timing parameters (`{ ReportTimeout: 40, ... }`, in blocks; `null`
// for the default) as governance does: `parameters.setParameter` through sudo.
export async function setTiming (api, sudoKey, values) {
  for (const [name, blocks] of Object.entries(values)) {
    const { error } = await asRoot(api, api.tx.parameters.setParameter({ Datdot: { [name]: [null, blocks] } }), sudoKey)
    if (error) throw new Error(`setting ${name} to ${blocks}: ${error}`)
  }
}

export const hex = (buf) => '0x' + Buffer.from(buf).toString('hex')

// An event's fields by name. (`event.data.length` is the number of fields, so a field called
// `length` must be read this way, or as `event.toHuman().data.length`.)
export const fields = (event) => Object.fromEntries(event.data.names.map((name, i) => [name, event.data[i]]))
