// The compat entry's shape conversions: what datdot-service's roles send (CLIENT-API.md §1.2) to
// this chain's arguments, what this chain gives to what the roles read (§1.3, §1.4).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import Hypercore from 'hypercore'
import RAM from 'random-access-memory'
import {
  bytes, geohash, workForm, planOf, parseProof, signedTreeOfJsProof, storageReport, performanceReports,
  amendmentReport, jsEvent, jsAmendment, jsContract, jsStorageChallenge, jsUser, jsFeed, UNMEASURED_LATENCY_MS
} from '../src/compat/shapes.js'
import { chunkProof, signedTree } from '../src/hypercore.js'
import { proofString } from '../src/compat/codec.js'
import { providerForm } from '../../../scripts/fixtures/datdot-service.mjs'

const jsProofString = proofString

test('bytes in every form the roles send', () => {
  const b = Buffer.from([1, 2, 255])
  for (const x of [b, new Uint8Array(b), { type: 'Buffer', data: [1, 2, 255] }, '0102ff', '0x0102ff', [1, 2, 255]]) {
    assert.deepEqual(Buffer.from(bytes(x)), b)
  }
  assert.throws(() => bytes('zz'), /not hex/)
  assert.throws(() => bytes(undefined), /no bytes/)
})

test('geohashes: lower-cased, cut at the first character a geohash cannot hold', () => {
  assert.equal(geohash('X3F'), 'x3f')
  assert.equal(geohash('A0K'), '')
  assert.equal(geohash('u33dc0'), 'u33dc0')
  assert.equal(geohash('u3a9'), 'u3')
  assert.equal(geohash(undefined), '')
})

test('a JS provider form becomes a work form', () => {
  const form = providerForm(120)
  assert.deepEqual(workForm(form, 150), {
    capacity: { encoder: 2, hoster: 2, attester: 2 },
    storage: 100000n * 1024n,
    region: 'x3f',
    performance: { latencyMs: 100, bandwidthKbps: 15000 },
    from: 0,
    until: null
  })
  assert.equal(workForm({ ...form, duration: { from: 200, until: 900 } }, 150).from, 200)
  assert.equal(workForm({ ...form, duration: { from: 200, until: 900 } }, 150).until, 900)
  assert.equal(workForm({}, 5).storage, 1024n * 1024n * 1024n, 'a form without resources offers 1 GiB')
})

test('a JS plan (scenario 1) becomes one plan, its refs resolved', () => {
  const data = {
    plan: { duration: { from: 10, until: 0 }, swarmkey: { type: 'Buffer', data: Array(32).fill(1) }, program: [{ dataset: [-1], regions: [-1, -2], timetables: [-1], performances: [-1] }] },
    components: {
      feeds: [{ feedkey: Array(32).fill(2), swarmkey: Array(32).fill(1), signatures: {} }],
      dataset_items: [{ feed_id: -1, ranges: [[0, 3], [5, 8], [10, 14]] }],
      performance_items: [{ availability: '', bandwidth: {}, latency: {} }],
      timetable_items: [{ duration: '', delay: '', interval: '', repeat: '' }],
      region_items: [{ geohash: 'X3F' }, { geohash: 'A0K' }]
    }
  }
  assert.deepEqual(planOf(data, (ref) => (ref === -1 ? 77 : null), 50, 1000), {
    from: 50,
    until: 1050,
    datasets: [{ feed: 77, ranges: [[0, 3], [5, 8], [10, 14]] }],
    regions: ['x3f'],
    performances: [],
    timetables: []
  })
})

test('JS proof strings become the chain\'s signed trees and chunk proofs', async () => {
  const core = new Hypercore(RAM)
  await core.ready()
  await core.append(['Hello World!', 'Hallo Welt!', 'Bonjour le monde!', 'Hola Mundo!', 'Ciao mondo!'].map((s) => Buffer.from(s)))
  const tree = core.core.tree
  const upgrade = await tree.proof({ upgrade: { start: 0, length: core.length } })
  assert.deepEqual(signedTreeOfJsProof(jsProofString(upgrade)), await signedTree(core))
  // A storage response: reports in another order than the checks, one 'fail' entry.
  const checks = [{ contract: 30, index: 1 }, { contract: 31, index: 3 }, { contract: 32, index: 4 }]
  const proofOf = async (i) => jsProofString(await tree.proof({ block: { index: i, nodes: 0 }, upgrade: { start: 0, length: core.length } }), await core.get(i))
  const response = {
    storageChallengeID: 90,
    status: 'success',
    proof_of_contact: 'ab'.repeat(64),
    reports: [{ contractID: 31, p: await proofOf(3) }, 'fail', { contractID: 30, p: await proofOf(1) }]
  }
  const { proofOfContact, proofs } = storageReport(response, checks)
  assert.equal(proofOfContact, '0x' + 'ab'.repeat(64))
  assert.deepEqual(proofs, [await chunkProof(core, 1), await chunkProof(core, 3), null])
  // Not reached: no proof of contact, nothing proved (an accusation).
  for (const status of ['fail', 'no-data', 'invalid-proof', undefined]) {
    assert.deepEqual(storageReport({ ...response, status }, checks), { proofOfContact: null, proofs: [null, null, null] })
  }
  assert.equal(parseProof(await proofOf(2)).block.value.toString(), 'Bonjour le monde!')
  await core.close()
})

test('JS performance reports: one per challenged hoster, the missing and failed unreachable', () => {
  const sig = 'cd'.repeat(64)
  const reports = { 5: { stats: { latency: 80.4 }, proof_of_contact: sig }, 6: { status: 'fail' }, 8: { stats: [], proof_of_contact: sig } }
  assert.deepEqual(performanceReports(reports, [5, 6, 7, 8]), [
    { hoster: 5, latencyMs: 80, bandwidthKbps: 0, proofOfContact: '0x' + sig },
    { hoster: 6, unreachable: true },
    { hoster: 7, unreachable: true },
    { hoster: 8, latencyMs: UNMEASURED_LATENCY_MS, bandwidthKbps: 0, proofOfContact: '0x' + sig }
  ])
})

test('JS amendment reports: signatures by hoster id, sigs by Noise key, failures by Noise key', async () => {
  const noise = Buffer.alloc(32, 9)
  const byNoise = async (k) => (Buffer.from(k).equals(noise) ? 12 : null)
  assert.deepEqual(await amendmentReport({ id: 4, failed: [], signatures: { 11: 'aa'.repeat(64) } }, byNoise),
    { failed: [], contacts: [{ hoster: 11, signature: '0x' + 'aa'.repeat(64) }] })
  assert.deepEqual(await amendmentReport({ id: 4, failed: [], sigs: [{ proof_of_contact: 'bb'.repeat(64), hosterkey: noise.toString('hex') }] }, byNoise),
    { failed: [], contacts: [{ hoster: 12, signature: '0x' + 'bb'.repeat(64) }] })
  const failed = await amendmentReport({ id: 4, failed: [noise.toString('hex'), { type: 'Buffer', data: [...noise] }], signatures: { 11: 'aa'.repeat(64) } }, byNoise)
  assert.deepEqual(failed.contacts, [])
  assert.deepEqual(failed.failed.map((k) => Buffer.from(k).toString('hex')), [noise.toString('hex'), noise.toString('hex')])
})

test('events get the JS names and positional data', () => {
  const ev = (name, fields) => jsEvent({ section: 'datdot', name, fields })
  assert.deepEqual(ev('HostingSetup', { amendment: 4, contract: 3 }), { section: 'datVerify', method: 'hostingSetup', data: [4] })
  assert.deepEqual(ev('RetryHostingSetup', { amendment: 5 }).method, 'retry_hostingSetup')
  assert.deepEqual(ev('HostingSetupFailed', { amendment: 5 }).method, 'hostingSetup_failed')
  assert.deepEqual(ev('DropHosting', { amendment: 5, hoster: 9 }).data, [5, 9])
  assert.deepEqual(ev('StorageChallenge', { id: 7, hoster: 1 }).data, [7])
  assert.deepEqual(ev('Paused', { user: 3, until: 9 }), { section: 'datVerify', method: 'paused', data: [3] })
  assert.equal(ev('Paid', {}), null)
  assert.equal(jsEvent({ section: 'balances', name: 'HostingSetup', fields: {} }), null)
})

test('items in the shapes the roles read', () => {
  const setup = { contract: 3, kind: 'HostingSetup', status: 'InProgress', attester: 1, encoders: [2, 3, 4], hosters: [5, 6, 7], deadline: 9 }
  assert.deepEqual(jsAmendment(40, setup), { id: 40, contract: 3, providers: { encoders: [2, 3, 4], hosters: [5, 6, 7], attesters: [1] }, type: 'hostingSetup', status: 'in progress' })
  // A replacement of hoster 6 (position 1): the contract's providers with the new ones there.
  const replacement = { contract: 3, kind: 'HosterReplacement', status: 'InProgress', attester: 8, encoders: [9], hosters: [10], deadline: 20 }
  const base = { encoders: [2, 3, 4], hosters: [5, 6, 7] }
  assert.deepEqual(jsAmendment(41, replacement, { base, positions: [1], ref: 40 }), {
    id: 41, contract: 3, providers: { encoders: [2, 9, 4], hosters: [5, 10, 7], attesters: [8] }, type: 'hosterReplacement', status: 'in progress', positions: [1], ref: 40
  })
  assert.deepEqual(jsContract(3, { plan: 2, feed: 1, ranges: [{ first: 0, last: 3 }, { first: 5, last: 8 }], status: 'Active', amendment: 41, hosters: [5, 10, 7] }, [40]),
    { id: 3, plan: 2, feed: 1, ranges: [[0, 3], [5, 8]], amendments: [40, 41], status: 'active' })
  assert.deepEqual(jsStorageChallenge(50, { hoster: 5, attester: 1, checks: [{ contract: 3, index: 7 }] }),
    { id: 50, checks: { 3: { index: 7 } }, hoster: 5, attester: 1, status: 'active' })
  const user = jsUser(5, { account: '5Grw', keys: { signingKey: '0x' + '11'.repeat(32), noiseKey: '0x' + '22'.repeat(32) }, provider: { paused: null, form: {} }, stats: {} })
  assert.equal(user.address, '5Grw')
  assert.equal(Buffer.from(user.signingKey, 'hex').length, 32, 'Buffer.from(key, "hex") decodes it')
  assert.deepEqual(user.status, {})
  assert.deepEqual(jsUser(5, { account: 'x', keys: null, provider: { paused: { reason: 'Failure', until: 90 } } }).status, { paused: { until: 90 } })
  const feed = jsFeed(1, { key: '0x' + '33'.repeat(32), swarmKey: '0x' + '44'.repeat(32), length: 17, signature: '0x' + '55'.repeat(64), publisher: 2 }, [3])
  assert.deepEqual(feed.signatures, { 17: '55'.repeat(64) })
  assert.deepEqual(feed.contracts, [3])
})
