// Flat hooks: for chains that start with 100, 10,000 and 100,000 active contracts (their hosters,
// agenda entries, and storage challenges issued and timing out as on a live chain), the weight the
// hooks use per block (`System::BlockWeight`, mandatory class: `on_initialize` and the inherents)
// and the time to execute each block again on its parent's state (`Core_execute_block` through
// `state_call`, the import's execution), printed per size, with the ratio of the largest size to
// the smallest.
//
// Every size has the same work per block: `--per-block` hosters' challenges are due in each block
// (their first challenges spread over providers / per-block blocks), and a hoster's contracts are
// in as many plans at every size (plans of at most 16 contracts; a hoster's contracts are a quarter
// of all contracts apart, at least 25), so a timed-out challenge's slash is shared by as many plans;
// what differs is only the state the same work runs in. Exits non-zero when the weight ratio is above `--max-ratio`
// (default 1.2), or with `--check-time`, the time ratio too.
//
//   [DATDOT_NODE=<release datdot-node>] node scripts/scale.mjs [--sizes 100,10000,100000]
//     [--blocks 12] [--per-block 5] [--block-ms 2000] [--max-ratio 1.2] [--check-time]
import { ApiPromise, WsProvider } from '@polkadot/api'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import { startNode } from './e2e/lib.mjs'
import { makeFeed, makeProviders, writeSpec, median } from './population.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const sizes = String(arg('sizes', '100,10000,100000')).split(',').map(Number)
const blocks = Number(arg('blocks', 12))
const perBlock = Number(arg('per-block', 5))
const blockMs = Number(arg('block-ms', 2000))
const maxRatio = Number(arg('max-ratio', 1.2))
const checkTime = process.argv.includes('--check-time')

await cryptoWaitReady()
// One feed of 640 chunks serves every plan (a plan takes at most 64 sets of 10).
const feed = await makeFeed(640, 64)

// A JSON-RPC call over HTTP (polkadot.js would answer a repeated call from its cache).
async function rpc (port, method, params) {
  const res = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params })
  })
  const body = await res.json()
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`)
  return body.result
}

async function measure (contracts) {
  // Hosters of 4 contracts each (a challenge checks 4), at most 15,000 of them (a genesis of
  // 75,000 providers is more than the runtime may allocate to build it: 100,000 contracts have
  // hosters of 20).
  const providers = Math.min(Math.ceil((3 * contracts) / 4), 15000)
  const capacity = Math.ceil((3 * contracts) / providers)
  const spread = Math.ceil(providers / perBlock)
  if (spread < blocks + 2) throw new Error(`${contracts} contracts: ${providers} hosters spread over ${spread} blocks is fewer than the ${blocks} blocks measured; lower --per-block or --blocks`)
  const t0 = Date.now()
  const spec = await writeSpec({ feeds: [feed], providers: makeProviders(providers), capacity, contracts, spread, planContracts: 16 })
  const node = await startNode({ args: ['--chain', spec.path, '--consensus', `manual-seal-${blockMs}`] })
  const startMs = Date.now() - t0
  const api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true })
  try {
    const active = (await api.query.datdot.contracts.keys()).length
    if (active !== contracts) throw new Error(`${active} contracts on chain, not ${contracts}`)
    // Measure blocks 3 ..= blocks + 2 (blocks 1 and 2 also run the genesis' first tasks of
    // every kind: the retry pass the registrations start, the first performance challenges).
    await new Promise((resolve) => {
      const unsub = api.rpc.chain.subscribeNewHeads((h) => {
        if (h.number.toNumber() >= blocks + 2) { unsub.then((u) => u()); resolve() }
      })
    })
    const rows = []
    for (let n = 3; n <= blocks + 2; n++) {
      const hash = await api.rpc.chain.getBlockHash(n)
      const at = await api.at(hash)
      const weight = (await at.query.system.blockWeight()).mandatory.refTime.toBigInt()
      const events = await at.query.system.events()
      const issued = events.filter(({ event }) => event.section === 'datdot' && event.method === 'StorageChallenge').length
      const timedOut = events.filter(({ event }) => event.section === 'datdot' && event.method === 'StorageChallengeTimedOut').length
      const { block } = await api.rpc.chain.getBlock(hash)
      // The block as the runtime executes it on import: without the seal, if any.
      const logs = block.header.digest.logs.filter((l) => !l.isSeal)
      const header = api.createType('Header', { ...block.header.toJSON(), digest: { logs } })
      const encoded = api.createType('Block', { header, extrinsics: block.extrinsics }).toHex()
      const times = []
      for (let r = 0; r < 3; r++) {
        const s = process.hrtime.bigint()
        await rpc(node.port, 'state_call', ['Core_execute_block', encoded, block.header.parentHash.toHex()])
        times.push(Number(process.hrtime.bigint() - s) / 1e6)
      }
      rows.push({ n, weight, issued, timedOut, ms: median(times) })
    }
    return { contracts, providers, capacity, spread, startMs, rows }
  } finally {
    await api.disconnect()
    await node.stop()
    spec.cleanup()
  }
}

const results = []
for (const size of sizes) {
  const r = await measure(size)
  results.push(r)
  console.log(`\n${r.contracts} contracts, ${r.providers} hosters of ${r.capacity}, first challenges over ${r.spread} blocks; node answering ${r.startMs} ms after the spec was written`)
  console.log('block  challenges issued  timed out  hooks weight (ms)  execute (ms)')
  for (const row of r.rows) {
    console.log(`${String(row.n).padStart(5)}  ${String(row.issued).padStart(17)}  ${String(row.timedOut).padStart(9)}  ${(Number(row.weight) / 1e9).toFixed(3).padStart(17)}  ${row.ms.toFixed(2).padStart(12)}`)
  }
  r.weight = median(r.rows.map((row) => Number(row.weight)))
  r.ms = median(r.rows.map((row) => row.ms))
  r.issued = r.rows.reduce((n, row) => n + row.issued, 0)
  console.log(`median hooks weight ${(r.weight / 1e9).toFixed(3)} ms, median execute ${r.ms.toFixed(2)} ms, ${r.issued} challenges issued`)
}

const [small, large] = [results[0], results[results.length - 1]]
const weightRatio = large.weight / small.weight
const timeRatio = large.ms / small.ms
console.log(`\n${large.contracts} vs ${small.contracts} contracts: hooks weight x${weightRatio.toFixed(3)}, execute time x${timeRatio.toFixed(3)} (limit x${maxRatio})`)
const failures = []
for (const r of results) {
  if (r.issued < perBlock * blocks) failures.push(`${r.contracts} contracts: ${r.issued} challenges issued in ${blocks} blocks, not ${perBlock * blocks}`)
}
if (weightRatio > maxRatio) failures.push(`hooks weight grows x${weightRatio.toFixed(3)} with the state`)
if (checkTime && timeRatio > maxRatio) failures.push(`block execution time grows x${timeRatio.toFixed(3)} with the state`)
if (failures.length) {
  console.error(failures.join('\n'))
  process.exit(1)
}
process.exit(0)
