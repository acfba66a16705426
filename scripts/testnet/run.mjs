// Test network end to end: three validators from `scripts/testnet.sh` (BABE + GRANDPA, loopback
// only, in a throw-away folder, ports shifted so that a running test network is not disturbed),
// all started from the raw chain spec file that `build-spec --chain local --raw` writes, as
// nodes on other machines would be.
// Checks that they peer, author (each block a BABE block with a VRF output) and finalize; that a feed published through Alice is in
// Charlie's storage at the same finalized block; that Alice and Bob go on authoring while Charlie is
// killed (SIGKILL), and that Charlie, restarted, catches up with its state intact and finality
// resumes over the blocks made meanwhile (GRANDPA needs more than two thirds of the votes: with
// three validators, all three); that Bob, stopped (SIGTERM) and restarted, keeps its blocks; and
// that BABE's epochs change over it all, each with new randomness; and that a runtime upgrade
// (sudo + system.setCode with the next runtime) reaches every node and finality goes on.
// Prints the measured times.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Keyring } from '@polkadot/keyring'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import { connect } from 'datdot-chain-client'
import { makeFeed, hex, nodeBinary } from '../e2e/lib.mjs'
import { nextRuntime, datdotStorageVersion } from '../e2e/upgrade.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const script = join(here, '..', 'testnet.sh')
const dir = mkdtempSync(join(tmpdir(), 'datdot-testnet-'))
const OFFSET = Number(process.env.TESTNET_PORT_OFFSET || 1000)
const spec = join(dir, 'datdot-local.json')
writeFileSync(spec, execFileSync(nodeBinary(), ['build-spec', '--chain', 'local', '--raw'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 }))
const env = { ...process.env, TESTNET_DIR: dir, TESTNET_PORT_OFFSET: String(OFFSET), TESTNET_CHAIN: spec }
const rpcUrl = (i) => `ws://127.0.0.1:${9945 + OFFSET + i}`
const testnet = (...args) => execFileSync('bash', [script, ...args], { env, encoding: 'utf8' })
const overall = setTimeout(() => { console.error('testnet: timed out after 480 s'); cleanup(); process.exit(1) }, 480000)

function cleanup () {
  try { testnet('stop') } catch (e) { console.error(String(e)) }
  rmSync(dir, { recursive: true, force: true })
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function until (what, check, timeoutMs) {
  const started = Date.now()
  while (true) {
    const result = await check()
    if (result) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(500)
  }
}

// Waits until the node answers RPC over HTTP, then connects the client library over WebSocket;
// returns its polkadot.js API (the client: `clients.get(api)`).
const clients = new Map()
async function api (i) {
  const http = rpcUrl(i).replace('ws://', 'http://')
  await until(`node ${i} to answer RPC`, async () => {
    try {
      const res = await fetch(http, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' })
      return res.ok
    } catch { return false }
  }, 120000)
  // This test reads each node's runtime version itself across the upgrade.
  const client = await connect(rpcUrl(i), { followUpgrades: false })
  clients.set(client.api, client)
  return client.api
}

const finalized = async (a) => (await a.rpc.chain.getHeader(await a.rpc.chain.getFinalizedHead())).number.toNumber()
const best = async (a) => (await a.rpc.chain.getHeader()).number.toNumber()
const pid = (name) => Number(readFileSync(join(dir, `${name}.pid`), 'utf8'))

let failed = false
const apis = []
try {
  await cryptoWaitReady()
  const t0 = Date.now()
  testnet('start')
  const [alice, bob, charlie] = [await api(0), await api(1), await api(2)]
  apis.push(alice, bob, charlie)

  // Peering, authoring in turn, finality.
  await until('two peers each', async () => {
    for (const a of apis) if ((await a.rpc.system.health()).peers.toNumber() < 2) return false
    return true
  }, 120000)
  await until('a finalized block on every node', async () => {
    for (const a of apis) if ((await finalized(a)) < 1) return false
    return true
  }, 180000)
  const firstFinalized = Date.now() - t0
  const f0 = await Promise.all(apis.map(finalized))
  await until('finality to grow on every node', async () => {
    const f = await Promise.all(apis.map(finalized))
    return f.every((n, i) => n >= f0[i] + 2)
  }, 120000)
  const authors = new Set()
  const head = await best(alice)
  for (let n = 1; n <= head; n++) {
    const header = await alice.rpc.chain.getHeader(await alice.rpc.chain.getBlockHash(n))
    const preRuntime = header.digest.logs.find((l) => l.isPreRuntime)
    const [engine, data] = preRuntime.asPreRuntime
    assert.equal(engine.toString(), 'BABE')
    // A BABE pre-digest: its kind (1 primary, 2 secondary plain, 3 secondary VRF), then the
    // author's index. Every block carries a VRF output (the randomness selections draw from).
    const digest = data.toU8a(true)
    assert.ok(digest[0] === 1 || digest[0] === 3, `block #${n}: a VRF slot, not kind ${digest[0]}`)
    authors.add(alice.createType('u32', digest.subarray(1, 5)).toNumber())
  }
  assert.ok(authors.size >= 2, `blocks from ${authors.size} authors in ${head} blocks`)
  const blockTimes = []
  for (let n = Math.max(2, head - 5); n <= head; n++) {
    const at = async (k) => (await (await alice.at(await alice.rpc.chain.getBlockHash(k))).query.timestamp.now()).toNumber()
    blockTimes.push(await at(n) - await at(n - 1))
  }
  const blockTime = blockTimes.reduce((a, b) => a + b, 0) / blockTimes.length
  console.log(`testnet: first finalized block after ${firstFinalized} ms (from start), block time ${blockTime} ms, ${authors.size} authors in ${head} blocks`)

  // A feed published through Alice is in Charlie's storage at the same finalized block.
  const keyring = new Keyring({ type: 'sr25519' })
  const signer = keyring.addFromUri('//Alice')
  const core = await makeFeed(['datdot', 'on', 'a', 'test', 'network'])
  const published = await clients.get(alice).publishFeed(signer, core)
  const included = published.blockNumber
  await until('the feed block to be finalized on Alice and Charlie', async () =>
    (await finalized(alice)) >= included && (await finalized(charlie)) >= included, 120000)
  const hash = await alice.rpc.chain.getFinalizedHead()
  const onAlice = await (await alice.at(hash)).query.datdot.feedByKey(hex(core.key))
  const onCharlie = await (await charlie.at(hash)).query.datdot.feedByKey(hex(core.key))
  assert.ok(onAlice.isSome, 'the feed is on Alice')
  assert.equal(onCharlie.toHex(), onAlice.toHex(), 'Charlie has the same feed id at the same block')
  const feedId = onAlice.unwrap()
  const feedA = await (await alice.at(hash)).query.datdot.feeds(feedId)
  const feedC = await (await charlie.at(hash)).query.datdot.feeds(feedId)
  assert.equal(feedC.toHex(), feedA.toHex(), 'and the same feed record')
  await core.close()

  // Charlie killed: Alice and Bob go on authoring in their slots.
  const charlieBefore = await finalized(charlie)
  const charlieBest = await best(charlie)
  await charlie.disconnect()
  apis.pop()
  process.kill(pid('charlie'), 'SIGKILL')
  const bestDown = await best(alice)
  await until('Alice and Bob to author without Charlie', async () => (await best(alice)) >= bestDown + 3, 120000)
  const madeWhileDown = await best(alice)

  // Restarted, it catches up with its state intact.
  const restartedAt = Date.now()
  testnet('start')
  const charlie2 = await api(2)
  apis.push(charlie2)
  assert.ok((await finalized(charlie2)) >= charlieBefore, 'Charlie kept its finalized blocks')
  assert.ok((await best(charlie2)) >= charlieBest - 1, 'and its best block')
  await until('Charlie to catch up', async () => (await best(charlie2)) >= madeWhileDown, 180000)
  const catchUp = Date.now() - restartedAt
  await until('finality over the blocks made without Charlie', async () =>
    (await finalized(alice)) >= madeWhileDown && (await finalized(charlie2)) >= madeWhileDown, 180000)
  const resumed = Date.now() - restartedAt
  const target = await finalized(alice)
  const kept = await (await charlie2.at(hash)).query.datdot.feeds(feedId)
  assert.equal(kept.toHex(), feedA.toHex(), 'no state lost')
  console.log(`testnet: Charlie killed and restarted: caught up with #${madeWhileDown} in ${catchUp} ms, finality past it after ${resumed} ms (finalized #${target})`)

  // Bob stopped cleanly and restarted: the same blocks, then onward.
  const bobBest = await best(bob)
  const bobFinal = await finalized(bob)
  const bobFinalHash = (await bob.rpc.chain.getBlockHash(bobFinal)).toHex()
  await bob.disconnect()
  apis.splice(1, 1)
  testnet('stop-node', 'bob')
  testnet('start')
  const bob2 = await api(1)
  apis.push(bob2)
  assert.ok((await best(bob2)) >= bobBest - 1, 'Bob kept its best block')
  assert.equal((await bob2.rpc.chain.getBlockHash(bobFinal)).toHex(), bobFinalHash, 'and its finalized block')
  await until('Bob to finalize beyond its old head', async () => (await finalized(bob2)) > bobFinal, 120000)
  console.log(`testnet: Bob stopped with SIGTERM and restarted with best #${await best(bob2)}, finalized beyond #${bobFinal}`)

  // BABE's epochs went on through it all, each with randomness of its own from the VRF outputs.
  const epochs = []
  for (const a of [alice, charlie2, bob2]) epochs.push((await a.query.babe.epochIndex()).toNumber())
  await until('an epoch change seen by every node', async () => {
    const now = await Promise.all([alice, charlie2, bob2].map(async (a) => (await a.query.babe.epochIndex()).toNumber()))
    return now.every((e, i) => e > epochs[i]) && now[0] >= 2
  }, 180000)
  // Over the whole run every validator authored.
  const all = new Set()
  const end = await best(alice)
  for (let n = 1; n <= end; n++) {
    const header = await alice.rpc.chain.getHeader(await alice.rpc.chain.getBlockHash(n))
    const digest = header.digest.logs.find((l) => l.isPreRuntime).asPreRuntime[1].toU8a(true)
    all.add(alice.createType('u32', digest.subarray(1, 5)).toNumber())
  }
  assert.equal(all.size, 3, `blocks from ${all.size} of the 3 validators in ${end} blocks`)
  const [randomness, next] = await Promise.all([alice.query.babe.randomness(), alice.query.babe.nextRandomness()])
  assert.notEqual(randomness.toHex(), '0x' + '00'.repeat(32), 'the epoch has randomness')
  assert.notEqual(next.toHex(), randomness.toHex(), 'and the next epoch another')
  console.log(`testnet: BABE epoch ${(await alice.query.babe.epochIndex()).toNumber()}, randomness ${randomness.toHex().slice(0, 18)}.., all 3 validators authored in ${end} blocks`)

  // A forkless runtime upgrade of the network: root sets the next runtime's code; from the block
  // after, every validator runs it (its migration included), and GRANDPA goes on finalizing.
  const sudoKey = new Keyring({ type: 'sr25519' }).addFromUri('//Alice')
  const nodes = [alice, charlie2, bob2]
  await alice.tx.sudo.sudo(alice.tx.system.setCode(hex(nextRuntime()))).signAndSend(sudoKey)
  // A block the next runtime made: its parent's state already holds the new code.
  const upgraded = await until('every node to finalize a block of the next runtime', async () => {
    for (const a of nodes) {
      const { parentHash } = await a.rpc.chain.getHeader(await a.rpc.chain.getFinalizedHead())
      if ((await a.rpc.state.getRuntimeVersion(parentHash)).specVersion.toNumber() !== 101) return false
    }
    return true
  }, 180000)
  for (const a of nodes) assert.equal(await datdotStorageVersion(a, await a.rpc.chain.getFinalizedHead()), 2, 'migrated')
  const f1 = await Promise.all(nodes.map(finalized))
  await until('finality to grow on the next runtime', async () => {
    const f = await Promise.all(nodes.map(finalized))
    return f.every((n, i) => n >= f1[i] + 2)
  }, 120000)
  console.log(`testnet: runtime upgraded to spec_version 101 (Datdot storage version 2) and finalized on every node ${upgraded} ms after setCode was sent; finality goes on`)
} catch (e) {
  failed = true
  console.error('testnet: ' + (e && e.stack ? e.stack : e))
  for (const name of ['alice', 'bob', 'charlie']) {
    try { console.error(`--- ${name}.log (end)\n` + readFileSync(join(dir, `${name}.log`), 'utf8').split('\n').slice(-30).join('\n')) } catch {}
  }
} finally {
  for (const a of apis) await a.disconnect().catch(() => {})
  cleanup()
  clearTimeout(overall)
}
console.log(failed ? 'testnet: FAILED' : 'testnet: all passed')
process.exit(failed ? 1 : 0)
