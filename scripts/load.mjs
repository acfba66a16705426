// Blocks full of proofs: a dev node (`--consensus manual-seal-<ms>`) whose chain starts with
// `--per-block` x `--blocks` hosters of 4 contracts each (a population, see scripts/population.mjs)
// over one real npm `hypercore` feed of `--chunk`-byte chunks, their first storage challenges
// spread so that `--per-block` are due in every block. This process is every attester: it answers
// each challenge the moment its block arrives, with real Hypercore proofs and the hoster's proof
// of contact, as fast as the pool takes them. Printed per block: storage reports and checks
// included, block length used (of the normal class's), normal weight used, reports confirmed,
// challenges timed out, and the pool's size when the block arrived.
//
// Measured are the `--blocks` - 1 blocks after the first with a report. With `--check`, exits
// non-zero unless every measured block carries at least `--min-checks`
// checks and, with `--min-fill`, fills that share of the normal class's length with proofs; the
// smoke run (scripts/test.sh) instead asks that every challenge issued is confirmed.
//
//   [DATDOT_NODE=<release datdot-node>] node scripts/load.mjs [--chunk 4096] [--per-block 230]
//     [--blocks 8] [--block-ms 6000] [--check --min-checks 800 --min-fill 0.9] [--all-confirmed]
import { connect, chunkProof, proofOfContact, reportProofs } from 'datdot-chain-client'
import { startNode } from './e2e/lib.mjs'
import { makeFeed, makeProviders, writeSpec } from './population.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const chunk = Number(arg('chunk', 4096))
const perBlock = Number(arg('per-block', 230))
const blocks = Number(arg('blocks', 8))
const blockMs = Number(arg('block-ms', 6000))
const check = process.argv.includes('--check')
const minChecks = Number(arg('min-checks', 0))
const minFill = Number(arg('min-fill', 0))
const allConfirmed = process.argv.includes('--all-confirmed')

// 640 chunks: a plan's 64 sets of 10, every contract a set of this one feed.
const feed = await makeFeed(640, chunk)
const hosters = perBlock * blocks
const providers = makeProviders(hosters, { signers: true })
const contracts = Math.floor((hosters * 4) / 3)
const spec = await writeSpec({ feeds: [feed], providers, capacity: 4, contracts, spread: blocks })
const node = await startNode({ args: ['--chain', spec.path, '--consensus', `manual-seal-${blockMs}`, '--pool-kbytes', '204800', '--pool-limit', '100000', '--rpc-max-response-size', '1024'] })
const client = await connect(node.url)
const { api } = client
const normalLength = api.consts.system.blockLength.max.normal.toNumber()
const normalWeight = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt()

// Each provider's user id, account and next nonce.
const ids = await api.query.datdot.userByAccount.multi(providers.map((p) => p.address))
const byUser = new Map()
ids.forEach((id, i) => byUser.set(id.unwrap().toNumber(), { ...providers[i], nonce: 0 }))

// A chunk's proof is the same for every challenge of it: made once.
const proofs = new Map()
const proofOf = (index) => {
  if (!proofs.has(index)) proofs.set(index, chunkProof(feed, index))
  return proofs.get(index)
}

const stats = new Map() // block -> row
const issued = new Set()
const confirmed = new Set()
let submitted = 0
let refused = 0

async function answer ({ id, hoster, attester, checks }) {
  const a = byUser.get(attester)
  const h = byUser.get(hoster)
  const report = reportProofs(await Promise.all(checks.map((c) => proofOf(c.index))))
  const tx = api.tx.datdot.submitStorageProof(id, proofOfContact(h.signing, id), report)
  const nonce = a.nonce++
  await tx.signAsync(a.account, { nonce, era: 0 })
  submitted++
  try {
    await api.rpc.author.submitExtrinsic(tx)
  } catch (e) {
    refused++
    if (refused <= 3) console.error(`report of challenge ${id} refused by the pool: ${e.message}`)
  }
}

// Every block in order, once (a head may skip blocks this process has not seen yet).
async function onBlock (n) {
  const hash = await api.rpc.chain.getBlockHash(n)
  const [pending, at, { block }] = await Promise.all([
    api.rpc.author.pendingExtrinsics(),
    api.at(hash),
    api.rpc.chain.getBlock(hash)
  ])
  const [events, weight] = await Promise.all([at.query.system.events(), at.query.system.blockWeight()])
  const row = { n, issued: 0, reports: 0, checks: 0, length: 0, proofBytes: 0, weight: weight.normal.refTime.toBigInt(), confirmed: 0, timedOut: 0, pool: pending.length }
  for (const ex of block.extrinsics) {
    row.length += ex.encodedLength
    if (ex.method.section === 'datdot' && ex.method.method === 'submitStorageProof') {
      row.reports++
      row.proofBytes += ex.encodedLength
      const p = ex.method.args[2]
      if (p.isSome) row.checks += p.unwrap().chunks.length
    }
  }
  const fresh = []
  for (const { event } of events) {
    if (event.section !== 'datdot') continue
    if (event.method === 'StorageChallenge') {
      const { id, hoster, attester, checks } = event.data
      fresh.push({ id: id.toNumber(), hoster: hoster.toNumber(), attester: attester.toNumber(), checks: checks.map((c) => ({ index: c.index.toNumber() })) })
    } else if (event.method === 'StorageChallengeConfirmed') {
      row.confirmed++
      confirmed.add(event.data.id.toNumber())
    } else if (event.method === 'StorageChallengeTimedOut') row.timedOut++
  }
  row.issued = fresh.length
  stats.set(n, row)
  for (const c of fresh) issued.add(c.id)
  await Promise.all(fresh.map(answer))
}

// The first block that carries a report.
const firstReport = () => {
  let f = 0
  for (const r of stats.values()) if (r.reports > 0 && (!f || r.n < f)) f = r.n
  return f
}

const done = new Promise((resolve, reject) => {
  let seen = 0
  let busy = Promise.resolve()
  api.rpc.chain.subscribeNewHeads((header) => {
    const head = header.number.toNumber()
    busy = busy.then(async () => {
      while (seen < head) await onBlock(++seen)
      const f = firstReport()
      if ((f && seen >= f + blocks) || seen >= blocks + 30) resolve()
    }).catch(reject)
  })
})

console.log(`${hosters} hosters, ${contracts} contracts, ${chunk}-byte chunks, ${perBlock} challenges due per block over blocks 1..${blocks}; normal class: ${normalLength} bytes, ${(Number(normalWeight) / 1e9).toFixed(0)} ms`)
await done
// The reports of the last challenges go into the block after.
await new Promise((resolve) => setTimeout(resolve, blockMs + 1000))
const header = await api.rpc.chain.getHeader()
console.log('block  issued  reports  checks  length (% of normal)  proofs (%)  weight (% of normal)  confirmed  timed out  pool')
// Measured: the `--blocks` - 1 blocks after the first with a report (that one holds only what
// was answered in time for it; the last challenges' reports may not fill the block after).
const rows = [...stats.entries()].sort((a, b) => a[0] - b[0])
const first = firstReport()
const measured = []
for (const [n, r] of rows) {
  const pct = (x, of) => (100 * Number(x) / Number(of)).toFixed(1).padStart(6)
  console.log(`${String(n).padStart(5)}  ${String(r.issued).padStart(6)}  ${String(r.reports).padStart(7)}  ${String(r.checks).padStart(6)}  ${String(r.length).padStart(9)} (${pct(r.length, normalLength)})  ${pct(r.proofBytes, normalLength)}      ${(Number(r.weight) / 1e9).toFixed(1).padStart(8)} ms (${pct(r.weight, normalWeight)})  ${String(r.confirmed).padStart(9)}  ${String(r.timedOut).padStart(9)}  ${String(r.pool).padStart(4)}`)
  if (n > first && n < first + blocks) measured.push(r)
}
if (measured.length) {
  const sorted = (xs) => [...xs].sort((a, b) => a - b)
  const checks = sorted(measured.map((r) => r.checks))
  const fill = sorted(measured.map((r) => r.proofBytes / normalLength))
  const weight = sorted(measured.map((r) => Number(r.weight) / Number(normalWeight)))
  const length = sorted(measured.map((r) => r.length / normalLength))
  // A limit binds when the fullest block comes within 5 % of it; else, with reports left
  // waiting, the block author stopped first (its proposal deadline).
  const most = (xs) => xs[xs.length - 1]
  const waiting = measured.some((r) => r.pool > 0)
  const binds = most(length) >= 0.95 ? 'length binds' : most(weight) >= 0.95 ? 'weight binds'
    : waiting ? 'neither limit binds: the author stopped proposing first (reports were waiting)' : 'no limit reached: every report waiting was included'
  console.log(`blocks ${measured[0].n}..${most(measured).n}: checks per block ${checks[0]}..${most(checks)}, proofs fill ${(100 * fill[0]).toFixed(1)}..${(100 * most(fill)).toFixed(1)} % of the normal length (block length ${(100 * most(length)).toFixed(1)} % at most), weight ${(100 * most(weight)).toFixed(1)} % of the normal class at most: ${binds}`)
}
console.log(`${submitted} reports submitted (${refused} refused by the pool), ${issued.size} challenges issued, ${confirmed.size} confirmed; head #${header.number}`)

const failures = []
if (check) {
  for (const r of measured) {
    if (r.checks < minChecks) failures.push(`block ${r.n}: ${r.checks} checks, fewer than ${minChecks}`)
    if (r.proofBytes / normalLength < minFill) failures.push(`block ${r.n}: proofs fill ${(100 * r.proofBytes / normalLength).toFixed(1)} % of the normal length, less than ${100 * minFill} %`)
  }
}
if (allConfirmed) {
  const missing = [...issued].filter((id) => !confirmed.has(id))
  if (issued.size < perBlock * blocks) failures.push(`${issued.size} challenges issued, not ${perBlock * blocks}`)
  if (missing.length) failures.push(`${missing.length} challenges not confirmed: ${missing.slice(0, 10).join(', ')}`)
  if (refused) failures.push(`${refused} reports refused by the pool`)
}
await client.disconnect()
await node.stop()
spec.cleanup()
if (failures.length) {
  console.error(failures.join('\n'))
  process.exit(1)
}
process.exit(0)
