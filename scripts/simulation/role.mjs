// One simulated datdot process: `node role.mjs <publisher|sponsor|provider> <name>`, with
// SIM_CHAIN (the node's URL), SIM_DIR (the shared folder) and SIM_VIA (`client` or `compat`).
// Prints one JSON line per thing it did; exits on SIGTERM.
//
//   publisher  writes a real hypercore (17 blocks) and serves its replication; with the client
//              library it publishes the feed itself (with the compat entry the sponsor's plan does)
//   sponsor    publishes scenario 1's plan over that feed
//   provider   registers for all three roles and does its tasks: as hoster it replicates the
//              contract's chunks from the publisher, keeps them, and answers attesters with
//              proofs of contact and chunk proofs made from what it holds; as attester it collects
//              those and reports; as encoder it has nothing to do here (the chain checks no encoding)
import Hypercore from 'hypercore'
import RAM from 'random-access-memory'
import { Keyring } from '@polkadot/keyring'
import { cryptoWaitReady, mnemonicGenerate, randomAsU8a } from '@polkadot/util-crypto'
import { ed25519Pair, proofOfContact, tokens } from 'datdot-chain-client'
import { proofString } from 'datdot-chain-client/compat'
import { scenarioPlan } from '../fixtures/datdot-service.mjs'
import { listen, request, replicateFrom, replicateTo, Directory } from './peer.mjs'
import { viaClient, viaCompat } from './chain.mjs'

const [role, name] = process.argv.slice(2)
const url = process.env.SIM_CHAIN
const directory = new Directory(process.env.SIM_DIR)
const via = process.env.SIM_VIA || 'client'
const say = (what, data = {}) => process.stdout.write(JSON.stringify({ name, role, what, ...data }) + '\n')
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const HELLO = ['Hello World!', 'Hallo Welt!', 'Bonjour le monde!', 'Hola Mundo!', 'Ciao mondo!', 'Olá Mundo!',
  'Hej världen!', 'Hei maailma!', 'Witaj świecie!', 'Ahoj světe!', 'Merhaba Dünya!', 'Γειά σου Κόσμε!',
  'Привет, мир!', 'こんにちは世界!', '你好，世界!', 'שלום עולם!', 'Helló Világ!']

await cryptoWaitReady()
const chain = via === 'compat' ? await viaCompat(url, name) : await viaClient(url)
const account = new Keyring({ type: 'sr25519' }).addFromUri(mnemonicGenerate())
process.on('SIGTERM', async () => { await chain.close().catch(() => {}); process.exit(0) })

try {
  if (role === 'publisher') await publisher()
  else if (role === 'sponsor') await sponsor()
  else await provider()
} catch (e) {
  process.stderr.write(`${name}: ${e && e.id ? `${e.id} ${e.docs}` : e && e.stack ? e.stack : e}\n`)
  process.exit(1)
}

async function publisher () {
  const core = new Hypercore(RAM)
  await core.ready()
  await core.append(HELLO.map((s) => Buffer.from(s)))
  const { port } = await listen({ answer: () => ({ error: 'a publisher answers no requests' }), replicate: (socket) => replicateTo(core, socket) })
  let feed = null
  if (via === 'client') {
    await chain.fund(account.address)
    feed = (await chain.client.publishFeed(account, core)).feed
  }
  directory.publish('feed', { key: core.key.toString('hex'), discoveryKey: core.discoveryKey.toString('hex'), port, feed })
  say('published', { feed, port })
}

async function sponsor () {
  const { key, discoveryKey, port, feed } = await directory.wait('feed')
  if (via === 'client') {
    const now = await chain.client.blockNumber()
    const plan = { from: now, until: now + 600, datasets: [{ feed, ranges: [[0, 3], [5, 8], [10, 14]] }], performances: [{ latencyMs: 5000, bandwidthKbps: 1 }], regions: ['u3'] }
    // What it costs at the lowered cadences; the faucet pays that and the fees.
    const { total } = await chain.client.planCost(plan)
    await chain.fundPlanck(account.address, total + tokens(chain.client, 100))
    const published = await chain.client.publishPlan(account, plan, total)
    say('planned', { plan: published.plan, contracts: published.contracts })
    return
  }
  // As datdot-service's sponsor: replicate the author's feed, prove its length, publish the plan.
  const replica = new Hypercore(RAM, Buffer.from(key, 'hex'))
  await replica.ready()
  replicateFrom(port, replica)
  while (replica.length < HELLO.length) { await replica.update({ wait: true }); await sleep(50) }
  const upgrade = await replica.core.tree.proof({ upgrade: { start: 0, length: replica.length } })
  await chain.chainAPI.newUser({ signer: account, nonce: 0, data: { signingPublicKey: Buffer.from(randomAsU8a(32)), noiseKey: Buffer.from(randomAsU8a(32)) } })
  const data = scenarioPlan({ key: Buffer.from(key, 'hex'), discoveryKey: Buffer.from(discoveryKey, 'hex'), upgrade, now: await chain.chainAPI.getBlockNumber() })
  await chain.chainAPI.publishPlan({ data, signer: account, nonce: 1 })
  say('planned', { via })
}

async function provider () {
  const signing = ed25519Pair()
  const noise = randomAsU8a(32)
  const replicas = new Map() // feed key hex -> replica
  const ready = new Set() // amendments whose chunks this hoster holds
  const contracts = new Map() // contract -> { feedKey, ranges }

  // What an attester may ask: a proof of contact (for an amendment only once its chunks are
  // held), a chunk proof from what it holds.
  const { port } = await listen({
    answer: async (req) => {
      if (req.type === 'contact') {
        if (req.amendment && !ready.has(req.id)) throw new Error('not ready')
        return { signature: proofOfContact(signing, req.id) }
      }
      if (req.type === 'proof') {
        const replica = replicas.get(req.feedKey)
        if (replica) await replica.ready()
        if (!replica || !(await replica.has(req.index))) throw new Error(`chunk ${req.index} not held`)
        const value = await replica.get(req.index, { wait: false })
        const p = await replica.core.tree.proof({ block: { index: req.index, nodes: 0 }, upgrade: { start: 0, length: replica.length } })
        return { p: proofString(p, value) }
      }
      throw new Error('unknown request')
    }
  })
  directory.publish(`peer-${Buffer.from(noise).toString('hex')}`, { port })
  const user = await chain.register({ account, signing, noise, region: 'u33dc0' })
  say('registered', { user, port })
  const publisher = await directory.wait('feed', 120000)

  const peerOf = async (u) => (await directory.wait(`peer-${await chain.noiseKey(u)}`)).port
  const feedKeyOf = async (contract) => {
    if (!contracts.has(contract)) {
      const c = await chain.contract(contract)
      contracts.set(contract, { feedKey: (await chain.feedKey(c.feed)).toString('hex'), ranges: c.ranges })
    }
    return contracts.get(contract)
  }
  // Retries `fn` until it succeeds or `ms` pass.
  const patiently = async (fn, ms) => {
    const started = Date.now()
    while (true) {
      try { return await fn() } catch (e) { if (Date.now() - started > ms) throw e }
      await sleep(300)
    }
  }

  chain.tasks(user, (task) => run(task).catch((e) => say('task failed', { task: task.kind, id: task.id, error: String(e && e.message) })))

  async function run (task) {
    if (task.kind === 'amendment' && task.role === 'Hoster') {
      const { feedKey, ranges } = await feedKeyOf(task.contract)
      // One replica per feed, however many of its contracts this hoster hosts.
      if (!replicas.has(feedKey)) {
        const replica = new Hypercore(RAM, Buffer.from(feedKey, 'hex'))
        replicas.set(feedKey, replica)
        await replica.ready()
        replicateFrom(publisher.port, replica)
      }
      const replica = replicas.get(feedKey)
      await replica.ready()
      while (replica.length < HELLO.length) await replica.update({ wait: true })
      for (const [first, last] of ranges) await replica.download({ start: first, end: last + 1 }).done()
      ready.add(task.id)
      say('holding', { amendment: task.id, contract: task.contract })
    } else if (task.kind === 'amendment' && task.role === 'Attester') {
      const contacts = []
      const failed = []
      for (const hoster of task.hosters) {
        try {
          const port = await peerOf(hoster)
          const { signature } = await patiently(() => request(port, { type: 'contact', id: task.id, amendment: true }), 60000)
          contacts.push({ hoster, signature })
        } catch (_) {
          failed.push({ hoster, noise: await chain.noiseKey(hoster) })
        }
      }
      await chain.reportAmendment(account, task, failed.length ? [] : contacts, failed)
      say('reported setup', { amendment: task.id, contacts: contacts.length, failed: failed.length })
    } else if (task.kind === 'storageChallenge' && task.role === 'Attester') {
      const port = await peerOf(task.hoster)
      let contact = null
      const proofs = []
      try {
        contact = (await request(port, { type: 'contact', id: task.id })).signature
        for (const check of task.checks) {
          const { feedKey } = await feedKeyOf(check.contract)
          proofs.push((await request(port, { type: 'proof', feedKey, index: check.index })).p)
        }
      } catch (e) {
        say('hoster did not answer', { challenge: task.id, hoster: task.hoster, error: String(e && e.message) })
        contact = null
      }
      await chain.reportStorage(account, task, contact, contact ? proofs : task.checks.map(() => null))
      say('reported storage', { challenge: task.id, checks: task.checks.length, proved: contact ? proofs.length : 0 })
    } else if (task.kind === 'performanceChallenge' && task.role === 'Attester') {
      const results = []
      for (const hoster of task.hosters) {
        try {
          const port = await peerOf(hoster)
          const t0 = performance.now()
          const { signature } = await request(port, { type: 'contact', id: task.id }, 5000)
          results.push({ hoster, latencyMs: Math.max(1, Math.round(performance.now() - t0)), signature })
        } catch (_) {
          results.push({ hoster, unreachable: true })
        }
      }
      await chain.reportPerformance(account, task, results)
      say('reported performance', { challenge: task.id, hosters: results.length, reached: results.filter((r) => !r.unreachable).length })
    }
  }
}

