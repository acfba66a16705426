// Protocol core end to end: providers register, a plan over a real hypercore feed is published,
// the chain matches providers (HostingSetup), each attester reports with real ed25519 proofs of
// contact made here, and hosting starts.
import assert from 'node:assert/strict'
import { Keyring } from '@polkadot/keyring'
import { ed25519PairFromSeed, ed25519Sign, randomAsU8a } from '@polkadot/util-crypto'
import { makeFeed, signedTree, submit, hex, fields } from './lib.mjs'

const PROVIDERS = ['//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie', '//One', '//Two',
  '//Alice//stash', '//Bob//stash', '//Charlie//stash']

// Waits until `predicate(events)` holds for the events seen since the call, nudging the
// instant-seal node with remarks so that scheduled work runs.
async function waitFor (api, nudger, predicate, what, timeoutMs = 60000) {
  const seen = []
  const unsub = await api.query.system.events((records) => { for (const r of records) seen.push(r.event) })
  const started = Date.now()
  try {
    while (true) {
      const result = predicate(seen)
      if (result) return result
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
      await submit(api, api.tx.system.remark('0x00'), nudger)
    }
  } finally {
    unsub()
  }
}

export async function providersRegisterAndHostingStarts ({ api }) {
  const keyring = new Keyring({ type: 'sr25519' })
  const alice = keyring.addFromUri('//Alice')
  const signers = new Map() // user id -> ed25519 pair
  const accounts = new Map() // user id -> keyring pair

  for (const uri of PROVIDERS) {
    const account = keyring.addFromUri(uri)
    const pair = ed25519PairFromSeed(randomAsU8a(32))
    const form = {
      capacity: { encoder: 2, hoster: 2, attester: 2 },
      signingKey: hex(pair.publicKey),
      noiseKey: hex(randomAsU8a(32)),
      from: 0,
      until: null,
      storage: 1n << 30n,
      region: '0x' + Buffer.from('u33dc0').toString('hex'),
      performance: { latencyMs: 50, bandwidthKbps: 100000 }
    }
    const { events, error } = await submit(api, api.tx.datdot.registerForWork(form), account)
    assert.equal(error, null, `register ${uri}`)
    const registered = events.find((e) => api.events.datdot.RegisteredForWork.is(e))
    assert.ok(registered, 'RegisteredForWork emitted')
    const user = fields(registered).user.toNumber()
    signers.set(user, pair)
    accounts.set(user, account)
  }
  assert.equal((await api.query.datdot.idleCount('Hoster')).toNumber() >= PROVIDERS.length, true)

  // A real feed, and the reference plan over it.
  const core = await makeFeed(Array.from({ length: 17 }, (_, i) => `block ${i}: Hello World!`))
  const pub = await submit(api, api.tx.datdot.publishFeed(hex(core.key), hex(core.discoveryKey), await signedTree(core)), alice)
  assert.equal(pub.error, null)
  const feed = fields(pub.events.find((e) => api.events.datdot.FeedPublished.is(e))).feed.toNumber()
  const now = (await api.rpc.chain.getHeader()).number.toNumber()
  const plan = {
    from: now,
    until: now + 1000,
    datasets: [{ New: { feed, ranges: [{ first: 0, last: 3 }, { first: 5, last: 8 }, { first: 10, last: 14 }] } }],
    performances: [{ New: { latencyMs: 200, bandwidthKbps: 1000 } }],
    timetables: [],
    regions: [{ New: { geohash: '0x' + Buffer.from('u3').toString('hex') } }]
  }
  const published = await submit(api, api.tx.datdot.publishPlan(plan), alice)
  assert.equal(published.error, null)
  const planEvent = fields(published.events.find((e) => api.events.datdot.PlanPublished.is(e)))
  const contracts = planEvent.contracts.map((c) => c.toNumber())
  assert.equal(contracts.length, 2)
  const c0 = (await api.query.datdot.contracts(contracts[0])).unwrap()
  assert.deepEqual(c0.ranges.map((r) => [r.first.toNumber(), r.last.toNumber()]), [[0, 3], [5, 8], [10, 11]])

  // The chain matches providers in the next block.
  const setups = await waitFor(api, alice, (events) => {
    const s = events.filter((e) => api.events.datdot.HostingSetup.is(e)).map(fields)
    return s.length >= 2 ? s : null
  }, 'two HostingSetup events')
  for (const s of setups) {
    const attester = s.attester.toNumber()
    const encoders = s.encoders.map((x) => x.toNumber())
    const hosters = s.hosters.map((x) => x.toNumber())
    assert.equal(encoders.length, 3)
    assert.equal(hosters.length, 3)
    assert.equal(new Set([attester, ...encoders, ...hosters]).size, 7, 'distinct providers')
    for (const u of [attester, ...encoders, ...hosters]) assert.ok(signers.has(u), `provider ${u} is one of ours`)
    const amendment = s.amendment.toNumber()
    const stored = (await api.query.datdot.amendments(amendment)).unwrap()
    assert.equal(stored.attester.toNumber(), attester)
    const tasks = await api.call.datdotApi.openTasks(attester)
    assert.ok(tasks.some((t) => t.isAmendment && t.asAmendment.amendment.toNumber() === amendment), 'attester sees its task')

    // The attester reports with every hoster's proof of contact: ed25519 over the ASCII id.
    const message = Buffer.from(String(amendment))
    const signatures = hosters.map((h) => ({ hoster: h, signature: hex(ed25519Sign(message, signers.get(h))) }))
    const report = await submit(api, api.tx.datdot.hostingSetupReport(amendment, [], signatures), accounts.get(attester))
    assert.equal(report.error, null)
    const started = report.events.find((e) => api.events.datdot.HostingStarted.is(e))
    assert.ok(started, 'HostingStarted emitted')
    assert.equal(fields(started).amendment.toNumber(), amendment)
    const contract = (await api.query.datdot.contracts(s.contract)).unwrap()
    assert.ok(contract.status.isActive)
    assert.deepEqual(contract.hosters.map((h) => h.toNumber()), hosters)
    const hosting = await api.call.datdotApi.openTasks(hosters[0])
    assert.ok(hosting.some((t) => t.isHosting && t.asHosting.contract.toNumber() === s.contract.toNumber()))
  }
  await core.close()
}

export async function forgedProofOfContactIsRejected ({ api }) {
  // A second plan on a new feed; its attester submits a signature made with the wrong key.
  const keyring = new Keyring({ type: 'sr25519' })
  const alice = keyring.addFromUri('//Alice')
  const core = await makeFeed(['x', 'y', 'z'])
  const pub = await submit(api, api.tx.datdot.publishFeed(hex(core.key), hex(core.discoveryKey), await signedTree(core)), alice)
  const feed = fields(pub.events.find((e) => api.events.datdot.FeedPublished.is(e))).feed.toNumber()
  const now = (await api.rpc.chain.getHeader()).number.toNumber()
  const plan = { from: now, until: now + 500, datasets: [{ New: { feed, ranges: [{ first: 0, last: 2 }] } }], performances: [], timetables: [], regions: [] }
  assert.equal((await submit(api, api.tx.datdot.publishPlan(plan), alice)).error, null)
  const setup = await waitFor(api, alice, (events) => {
    const s = events.filter((e) => api.events.datdot.HostingSetup.is(e)).map(fields)
    return s[0]
  }, 'a HostingSetup event')
  const amendment = setup.amendment.toNumber()
  const attesterAccount = (await api.query.datdot.users(setup.attester)).unwrap().account.toString()
  const attester = PROVIDERS.map((u) => keyring.addFromUri(u)).find((p) => p.address === attesterAccount)
  const wrong = ed25519PairFromSeed(randomAsU8a(32))
  const signatures = setup.hosters.map((h) => ({ hoster: h, signature: hex(ed25519Sign(Buffer.from(String(amendment)), wrong)) }))
  const { error } = await submit(api, api.tx.datdot.hostingSetupReport(amendment, [], signatures), attester)
  assert.equal(error, 'datdot.BadContactSignature')
  // A report from another account than the attester.
  const other = PROVIDERS.map((u) => keyring.addFromUri(u)).find((p) => p.address !== attesterAccount)
  const notAttester = await submit(api, api.tx.datdot.hostingSetupReport(amendment, [], signatures), other)
  assert.equal(notAttester.error, 'datdot.NotAttester')
  await core.close()
}

export const tests = [
  providersRegisterAndHostingStarts,
  forgedProofOfContactIsRejected,
]
