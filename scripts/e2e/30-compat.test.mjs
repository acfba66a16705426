// datdot-chain-sdk's interface (the client library's compat entry) on a chain of its own with a
// block every second: fresh accounts funded by `newUser`, providers registered from JS forms, a
// sponsor's JS plan publishing its feed from its proof, the attesters' JS reports of hosting
// setups, storage challenges (datdot-codec proof strings of a real hypercore) and a performance
// challenge, as datdot-service's roles send them; events under their JS names, items in their JS
// shapes, finished ones still readable.
import assert from 'node:assert/strict'
import { Keyring } from '@polkadot/keyring'
import { randomAsU8a, mnemonicGenerate } from '@polkadot/util-crypto'
import { datdotChain, proofString } from 'datdot-chain-client/compat'
import { ed25519Pair, proofOfContact } from 'datdot-chain-client'
import { startNode, makeFeed } from './lib.mjs'
import { providerForm as form, scenarioPlan } from '../fixtures/datdot-service.mjs'

const keyring = new Keyring({ type: 'sr25519' })
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export async function datdotServiceShapesRunOnThisChain () {
  const node = await startNode({ args: ['--consensus', 'manual-seal-1000'] })
  const logs = []
  const profile = (name) => ({ name, config: { chain: node.url.split(/:(?=\d+$)/) }, log: { sub: () => (m) => logs.push(m) } })
  const apis = []
  try {
    const providers = await datdotChain(profile('providers'))
    // Hosters challenged soon after hosting starts.
    await providers.client.setParameters(keyring.addFromUri('//Alice'), { ReportTimeout: 30, StorageChallengeEvery: 5, PerformanceChallengeEvery: 8 })
    const sponsorApi = await datdotChain(profile('sponsor'))
    apis.push(providers, sponsorApi)
    const events = []
    await providers.listenToEvents((e) => events.push(e))
    const chainEvents = []
    await providers.client.events((e) => chainEvents.push(e)).ready
    const until = async (what, check, timeoutMs = 90000) => {
      const started = Date.now()
      while (true) {
        const found = await check()
        if (found) return found
        if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; events: ${events.map((e) => e.method).join(' ')}`)
        await sleep(250)
      }
    }
    const seen = (method) => events.filter((e) => e.method === method).map((e) => e.data)

    // Nine fresh accounts, as datdot-service makes them; `newUser` funds each on a dev chain.
    const users = new Map() // address -> { account, signing, noise }
    for (let i = 0; i < 9; i++) {
      const account = keyring.addFromUri(mnemonicGenerate())
      const signing = ed25519Pair()
      const noise = randomAsU8a(32)
      assert.equal(await providers.client.freeBalance(account.address), 0n)
      const data = { signingPublicKey: Buffer.from(signing.publicKey), noiseKey: Buffer.from(noise) }
      // One with the public key only, as datdot-service sends it: its registration is refused.
      if (i > 0) data.signingKeyPair = signing
      await providers.newUser({ signer: account, nonce: 0, data })
      assert.ok(await providers.client.freeBalance(account.address) > 0n, 'funded by newUser')
      users.set(account.address, { account, signing, noise, i })
    }
    const now = await providers.getBlockNumber()
    assert.equal(typeof now, 'number')
    for (const { account } of users.values()) await providers.registerForWork({ form: form(now), signer: account, nonce: 1 })
    const refused = [...users.values()].find((u) => u.i === 0)
    assert.equal(await providers.getUserIDBySigningKey(Buffer.from(refused.signing.publicKey)), null, 'no registration without the proof of possession')
    assert.ok(logs.some((m) => m.data && m.data.error === 'datdot.MissingProofOfPossession'), 'the refusal is logged')
    users.delete(refused.account.address)
    for (const u of users.values()) {
      u.id = await providers.getUserIDByNoiseKey(Buffer.from(u.noise))
      assert.equal(typeof u.id, 'number', 'registered')
      assert.equal(await providers.getUserIDBySigningKey(u.signing.publicKey), u.id)
      const user = await providers.getUserByID(u.id)
      assert.equal(user.address, u.account.address, 'the address the keyring prints')
      assert.deepEqual(Buffer.from(user.signingKey, 'hex'), Buffer.from(u.signing.publicKey))
      assert.deepEqual(await providers.getSigningKey(u.id), Buffer.from(u.signing.publicKey))
      assert.deepEqual(await providers.getHosterKey(u.id), Buffer.from(u.noise))
      assert.ok(!user.status.paused)
    }
    const byId = (id) => [...users.values()].find((u) => u.id === id)

    // The sponsor's plan, scenario 1: a feed it has not published, with its proof.
    const sponsor = keyring.addFromUri(mnemonicGenerate())
    await sponsorApi.newUser({ signer: sponsor, nonce: 0, data: { signingPublicKey: Buffer.alloc(32, 1), noiseKey: Buffer.alloc(32, 2) } })
    const core = await makeFeed(['Hello World!', 'Hallo Welt!', 'Bonjour le monde!', 'Hola Mundo!', 'Ciao mondo!', 'Olá Mundo!',
      'Hej världen!', 'Hei maailma!', 'Witaj świecie!', 'Ahoj světe!', 'Merhaba Dünya!', 'Γειά σου Κόσμε!',
      'Привет, мир!', 'こんにちは世界!', '你好，世界!', 'שלום עולם!', 'Helló Világ!'])
    const upgrade = await core.core.tree.proof({ upgrade: { start: 0, length: core.length } })
    const data = scenarioPlan({ key: core.key, discoveryKey: core.discoveryKey, upgrade, now: await sponsorApi.getBlockNumber() })
    await sponsorApi.publishPlan({ data, signer: sponsor, nonce: 1 })
    const [[feedId]] = await until('FeedPublished', () => seen('FeedPublished').length && seen('FeedPublished'))
    const feed = await providers.getFeedByID(feedId)
    assert.ok(Buffer.isBuffer(feed.feedkey) && feed.feedkey.equals(core.key))
    assert.deepEqual(await providers.getFeedKey(feedId), core.key)

    // Each contract's setup: the attester reports every hoster's proof of contact by hoster id.
    const setups = await until('two hostingSetup events', () => seen('hostingSetup').length >= 2 && seen('hostingSetup'))
    const hosted = []
    for (const [amendmentId] of setups) {
      const amendment = await providers.getAmendmentByID(amendmentId)
      assert.equal(amendment.type, 'hostingSetup')
      assert.equal(amendment.status, 'in progress')
      const { attesters: [attester], hosters, encoders } = amendment.providers
      assert.equal(hosters.length, 3)
      assert.equal(encoders.length, 3)
      assert.equal(await providers.getUserAddress(attester), byId(attester).account.address)
      const contract = await providers.getContractByID(amendment.contract)
      assert.equal(contract.feed, feedId)
      assert.deepEqual(contract.amendments, [amendmentId])
      assert.ok(Array.isArray(contract.ranges[0]))
      const signatures = Object.fromEntries(hosters.map((h) => [h, proofOfContact(byId(h).signing, amendmentId).slice(2)]))
      await providers.hostingSetupReport({ report: { id: amendmentId, failed: [], signatures }, signer: byId(attester).account, nonce: 7 })
      hosted.push({ amendment: amendmentId, contract: amendment.contract, hosters })
    }
    await until('hostingStarted for both', () => hosted.every((h) => seen('hostingStarted').some(([a]) => a === h.amendment)))
    for (const h of hosted) {
      assert.equal((await providers.getAmendmentByID(h.amendment)).status, 'done')
      assert.equal((await providers.getContractByID(h.contract)).status, 'active')
    }
    await until('the feed lists its contracts', async () => (await providers.getFeedByID(feedId)).contracts.length === 2)

    // Storage challenges, answered with datdot-codec proof strings of the chunks.
    const [[challengeId]] = await until('a storageChallenge', () => seen('storageChallenge').length && seen('storageChallenge'))
    const challenge = await providers.getStorageChallengeByID(challengeId)
    assert.equal(challenge.status, 'active')
    const contracts = Object.keys(challenge.checks).map(Number)
    assert.ok(contracts.length >= 1 && contracts.every((c) => hosted.some((h) => h.contract === c)))
    const reports = []
    for (const c of contracts) {
      const { index } = challenge.checks[c]
      const p = await core.core.tree.proof({ block: { index, nodes: 0 }, upgrade: { start: 0, length: core.length } })
      reports.push({ contractID: c, p: proofString(p, await core.get(index)) })
    }
    const response = { storageChallengeID: challengeId, status: 'success', proof_of_contact: proofOfContact(byId(challenge.hoster).signing, challengeId).slice(2), reports: ['fail', ...reports.reverse()] }
    await providers.submitStorageChallenge({ response, signer: byId(challenge.attester).account, nonce: 9 })
    await until('StorageChallengeConfirmed', () => seen('StorageChallengeConfirmed').some(([id]) => id === challengeId))
    const finished = await providers.getStorageChallengeByID(challengeId)
    assert.equal(finished.status, 'done', 'a finished challenge reads back from the events')
    assert.equal(finished.hoster, challenge.hoster)

    // A performance challenge: the attester measured every hoster but one, which it leaves out.
    const [[perfId]] = await until('a performanceChallenge', () => seen('performanceChallenge').length && seen('performanceChallenge'))
    const perf = await providers.getPerformanceChallengeByID(perfId)
    assert.equal(perf.feed, feedId)
    const measured = perf.hosters.slice(1)
    const perfReports = Object.fromEntries(measured.map((h, i) => [String(h), { stats: { latency: 40 + i }, proof_of_contact: proofOfContact(byId(h).signing, perfId).slice(2) }]))
    await providers.submitPerformanceChallenge({ challengeID: perfId, reports: perfReports, signer: byId(perf.attesters[0]).account, nonce: 11 })
    await until('PerformanceChallengeConfirmed', () => seen('PerformanceChallengeConfirmed').some(([id]) => id === perfId))
    assert.equal((await providers.getPerformanceChallengeByID(perfId)).status, 'done')
    // The hoster left out was reported unreachable.
    const confirmed = chainEvents.find((e) => e.name === 'PerformanceChallengeConfirmed' && e.fields.id === perfId).fields
    assert.deepEqual(confirmed.unreachable, [perf.hosters[0]])
    assert.deepEqual(confirmed.grades.map((g) => g.hoster), measured)
    assert.ok(logs.every((m) => !m.data || m.data.error === undefined || m.data.error === 'datdot.MissingProofOfPossession'), 'no other call was refused: ' + JSON.stringify(logs))
    await core.close()
  } finally {
    for (const a of apis) await a.disconnect().catch(() => {})
    await node.stop()
  }
}

export const tests = [datdotServiceShapesRunOnThisChain]
