// Node figures (printed by scripts/bench.sh): how long `datdot-node --dev --tmp` takes from spawn
// to answering RPC and to its first block, how often it prepares (compiles) the runtime while it
// starts, and polkadot.js submit-to-inclusion on instant seal (`signAndSend` until `InBlock`).
//
//   DATDOT_NODE=<release datdot-node> node scripts/bench/node.mjs [--starts N] [--submits N]
import { ApiPromise, WsProvider } from '@polkadot/api'
import { Keyring } from '@polkadot/keyring'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import { SIGNED_EXTENSIONS } from 'datdot-chain-client'
import { nodeBinary, startNode } from '../e2e/lib.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const starts = arg('starts', 5)
const submits = arg('submits', 50)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6

// A dev node whose executor logs each runtime it prepares (compiles) and how long that took.
const start = () => startNode({ args: ['-l', 'wasm-runtime=debug'], pollMs: 10 })

// `signAndSend` until the status is `InBlock`: the ordinary polkadot.js idiom.
function inBlock (tx, signer, nonce) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, { nonce }, ({ status, dispatchError }) => {
      if (dispatchError) reject(new Error(dispatchError.toString()))
      else if (status.isInBlock) resolve(status.asInBlock)
      else if (status.isInvalid || status.isDropped) reject(new Error(status.type))
    }).catch(reject)
  })
}

await cryptoWaitReady()
const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice')
const rpc = []
const firstBlock = []
const prepared = []
const compileMs = []
for (let i = 0; i < starts; i++) {
  const node = await start()
  rpc.push(node.startedMs)
  const t0 = process.hrtime.bigint()
  const api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true, signedExtensions: SIGNED_EXTENSIONS })
  await inBlock(api.tx.system.remark('0x00'), alice, 0)
  firstBlock.push(node.startedMs + ms(t0))
  await api.disconnect()
  await node.stop()
  const lines = node.output().split('\n').filter((l) => l.includes('Prepared new runtime'))
  prepared.push(lines.length)
  for (const l of lines) {
    const m = l.match(/in (\d+) ms/)
    if (m) compileMs.push(Number(m[1]))
  }
}

const node = await start()
const api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true, signedExtensions: SIGNED_EXTENSIONS })
let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber()
const latency = []
for (let i = 0; i < submits; i++) {
  const t0 = process.hrtime.bigint()
  await inBlock(api.tx.system.remark('0x' + i.toString(16).padStart(8, '0')), alice, nonce++)
  latency.push(ms(t0))
}
await api.disconnect()
await node.stop()

const f = (x) => x.toFixed(0)
console.log(`node start (${starts} starts of ${nodeBinary()} --dev --tmp):`)
console.log(`  spawn to RPC answering: median ${f(median(rpc))} ms, max ${f(Math.max(...rpc))} ms`)
console.log(`  spawn to first block (a remark, instant seal): median ${f(median(firstBlock))} ms, max ${f(Math.max(...firstBlock))} ms`)
console.log(`  runtimes prepared per start: ${[...new Set(prepared)].join(', ')} (${compileMs.length ? `median ${f(median(compileMs))} ms each` : 'no timing logged'})`)
console.log(`submit to inclusion (${submits} remarks one after another, polkadot.js signAndSend until InBlock):`)
console.log(`  median ${f(median(latency))} ms, p90 ${f(pct(latency, 0.9))} ms, max ${f(Math.max(...latency))} ms`)
process.exit(0)
