// Protocol core end to end, through the client library: providers register, a plan over a real
// hypercore feed is published with a budget in escrow and topped up by another account, the chain
// matches providers (HostingSetup), each attester reports with real ed25519 proofs of contact made
// here, and hosting starts; every hoster is challenged, the runtime is upgraded with all of it live
// (see upgrade.mjs), then hosters prove their chunks, an attester measures them, a hoster that
// unregisters is replaced, on the new runtime. Every report's `Paid` events are exactly what the
// providers' free balances gained, their sum exactly what the sponsor's escrow lost; the rest
// comes back. Each provider follows its tasks through the client's task stream.
import assert from 'node:assert/strict'
import { Keyring } from '@polkadot/keyring'
import { randomAsU8a } from '@polkadot/util-crypto'
import { u8aConcat, u8aToHex } from '@polkadot/util'
import { connect, ed25519Pair, proofOfContact, proofOfPossession, reportProofs, tokens } from 'datdot-chain-client'
import { makeFeed, errorOf, hex, proxy } from './lib.mjs'
import { theRuntimeUpgradesUnderLiveHosting } from './upgrade.mjs'

const PROVIDERS = ['//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie', '//One', '//Two',
  '//Alice//stash', '//Bob//stash', '//Charlie//stash']

const keyring = new Keyring({ type: 'sr25519' })
const alice = keyring.addFromUri('//Alice')

// Waits until `predicate(events)` holds for the events seen since the call (plain events of the
// client's stream), nudging the instant-seal node with remarks so that scheduled work runs.
async function waitFor (client, predicate, what, timeoutMs = 60000) {
  const seen = []
  const stop = client.events((e) => seen.push(e))
  await stop.ready
  const started = Date.now()
  try {
    while (true) {
      const result = predicate(seen)
      if (result) return result
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
      await client.submit(client.api.tx.system.remark('0x00'), alice)
    }
  } finally {
    stop()
  }
}
const named = (events, name) => events.filter((e) => e.section === 'datdot' && e.name === name).map((e) => e.fields)

// What the tests share: each provider's ed25519 signing pair and account, its task stream, the
// hosted contracts.
const signers = new Map() // user id -> ed25519 pair
const accounts = new Map() // user id -> keyring pair
const tasks = new Map() // user id -> tasks delivered by `client.tasks`
const hosted = [] // { contract, amendment, hosters }
const challenges = [] // the first round's `StorageChallenge` events' fields
let core // the hosted feed
const ledger = { plan: null, budget: 0n, paid: 0n } // the reference plan's escrow, as seen

// The `Paid` events among `events`.
const payments = (events) => named(events, 'Paid')

const free = (client, address) => client.freeBalance(address)

// What `address` has held in plans' escrow.
async function escrowHeld (api, address) {
  const holds = await api.query.balances.holds(address)
  return holds.filter((h) => h.id.toHuman().Datdot === 'Escrow').reduce((sum, h) => sum + h.amount.toBigInt(), 0n)
}

// Runs `call` (fee-free for `users`, or paid by an account that is not theirs) and checks that each
// of `users` gained exactly what the call's `Paid` events gave it; returns those payments, counted
// in the ledger when they are the reference plan's.
async function paidExactly (client, users, call) {
  const before = new Map()
  for (const u of users) before.set(u, await free(client, accounts.get(u).address))
  const result = await call()
  const paid = payments(result.events)
  for (const u of users) {
    const got = paid.filter((p) => p.provider === u).reduce((sum, p) => sum + p.amount, 0n)
    assert.equal(await free(client, accounts.get(u).address) - before.get(u), got, `user ${u} gained its pay, no more, no less`)
  }
  for (const p of paid) {
    assert.ok(users.includes(p.provider), `payment to ${p.provider} expected`)
    if (p.plan === ledger.plan) ledger.paid += p.amount
  }
  return { ...result, paid }
}

// Every hoster's proof of contact for `amendment`: ed25519 over the ASCII decimal id.
const contactSignatures = (amendment, hosters) => hosters.map((h) => ({ hoster: h, signature: proofOfContact(signers.get(h), amendment) }))

// Whether `user`'s task stream delivered a task of `kind` with `id` (as `role`).
const hasTask = (user, kind, id, role) => (tasks.get(user) || []).some((t) => t.kind === kind && t.id === id && (!role || t.role === role))

export async function providersRegisterAndHostingStarts ({ api, client }) {
  // Every transaction makes a block here: give attesters room, and challenge hosters soon.
  await client.setParameters(alice, { ReportTimeout: 40, StorageChallengeEvery: 8, PerformanceChallengeEvery: 12 })

  for (const uri of PROVIDERS) {
    const account = keyring.addFromUri(uri)
    const signingPair = ed25519Pair()
    const form = {
      capacity: { encoder: 2, hoster: 2, attester: 2 },
      signingPair,
      noiseKey: randomAsU8a(32),
      storage: 1n << 30n,
      region: 'u33dc0',
      performance: { latencyMs: 50, bandwidthKbps: 100000 }
    }
    // Claiming a signing key takes its signature over "datdot register ", the account and the
    // genesis hash: without it, or with another account's, the registration is refused.
    if (uri === PROVIDERS[0]) {
      assert.equal(await errorOf(client.registerForWork(account, { ...form, claimKeys: false })), 'datdot.MissingProofOfPossession')
      const replayed = proofOfPossession(signingPair, alice.address, api.genesisHash)
      const raw = { capacity: form.capacity, signingKey: hex(signingPair.publicKey), noiseKey: hex(form.noiseKey), from: 0, until: null, storage: form.storage, region: hex(Buffer.from('u33dc0')), performance: form.performance }
      assert.equal(await errorOf(client.datdot('registerForWork', [raw, replayed], account)), 'datdot.BadProofOfPossession')
    }
    const registered = await client.registerForWork(account, form)
    const user = registered.user
    assert.deepEqual(registered.event('RegisteredForWork'), { user, capacity: form.capacity, storage: Number(form.storage) })
    // Its stake grows with the 6 jobs of capacity it offers.
    const funds = await client.providerFunds(user)
    const stake = api.consts.datdot.registrationDeposit.toBigInt() + 6n * api.consts.datdot.stakePerJob.toBigInt()
    assert.equal(funds.stake, stake)
    assert.equal(funds.fullStake, stake)
    const held = (await api.query.balances.holds(account.address)).find((h) => h.id.toHuman().Datdot === 'Stake')
    assert.equal(held.amount.toBigInt(), stake, 'the stake is held')
    signers.set(user, signingPair)
    accounts.set(user, account)
    const mine = []
    tasks.set(user, mine)
    await client.tasks(user, (task) => mine.push(task)).ready
  }
  assert.ok(await client.query('idleCount', { role: 'Hoster', area: '', openEnded: true }) >= PROVIDERS.length)

  // A real feed, and the reference plan over it.
  core = await makeFeed(Array.from({ length: 17 }, (_, i) => `block ${i}: Hello World!`))
  const { feed } = await client.publishFeed(alice, core)
  const now = await client.blockNumber()
  const plan = {
    from: now,
    until: now + 1000,
    datasets: [{ feed, ranges: [[0, 3], [5, 8], [10, 14]] }],
    performances: [{ latencyMs: 200, bandwidthKbps: 1000 }],
    regions: ['u3']
  }
  // What it costs, asked up front; less than the setups and one challenge period is refused.
  const { total, minimum, perBlock } = await client.planCost(plan)
  assert.ok(perBlock > 0n && total > minimum)
  assert.equal(await errorOf(client.publishPlan(alice, plan, minimum - 1n)), 'datdot.BudgetTooLow')
  await assert.rejects(client.planCost({ ...plan, datasets: [] }), (e) => e.id === 'datdot.NoDatasets' && /no dataset/.test(e.docs))
  const heldBefore = await escrowHeld(api, alice.address)
  const published = await client.publishPlan(alice, plan, total)
  ledger.plan = published.plan
  ledger.budget = total
  assert.equal(await escrowHeld(api, alice.address) - heldBefore, ledger.budget, 'the budget is held from the sponsor')
  // Anyone may add to it: the amount moves to the sponsor's escrow.
  const funder = keyring.addFromUri('//Dave//stash')
  const topUp = tokens(client, 1000)
  const funded = await client.fundPlan(funder, ledger.plan, topUp)
  assert.equal(funded.event('PlanFunded').budget, ledger.budget + topUp)
  ledger.budget += topUp
  assert.equal(await escrowHeld(api, alice.address) - heldBefore, ledger.budget)
  const contracts = published.contracts
  assert.equal(contracts.length, 2)
  const c0 = await client.item(contracts[0])
  assert.equal(c0.type, 'Contract')
  assert.deepEqual(c0.ranges, [{ first: 0, last: 3 }, { first: 5, last: 8 }, { first: 10, last: 11 }])

  // The chain matches providers in the next block.
  const setups = await waitFor(client, (events) => {
    const s = named(events, 'HostingSetup')
    return s.length >= 2 ? s : null
  }, 'two HostingSetup events')
  for (const s of setups) {
    const { amendment, attester, encoders, hosters } = s
    assert.equal(encoders.length, 3)
    assert.equal(hosters.length, 3)
    assert.equal(new Set([attester, ...encoders, ...hosters]).size, 7, 'distinct providers')
    for (const u of [attester, ...encoders, ...hosters]) assert.ok(signers.has(u), `provider ${u} is one of ours`)
    assert.equal((await client.item(amendment)).attester, attester)
    assert.ok((await client.openTasks(attester)).some((t) => t.kind === 'amendment' && t.id === amendment && t.role === 'Attester'), 'attester sees its task')
    // Each provider's task stream delivered its part, with its position.
    assert.ok(hasTask(attester, 'amendment', amendment, 'Attester'))
    encoders.forEach((e, i) => assert.ok(tasks.get(e).some((t) => t.id === amendment && t.role === 'Encoder' && t.position === i)))
    hosters.forEach((h, i) => assert.ok(tasks.get(h).some((t) => t.id === amendment && t.role === 'Hoster' && t.position === i)))

    // The attester reports with every hoster's proof of contact; it and the encoders are paid.
    const report = await paidExactly(client, [attester, ...encoders, ...hosters], () =>
      client.hostingSetupReport(accounts.get(attester), amendment, { contacts: contactSignatures(amendment, hosters) }))
    const DAT = tokens(client, 1)
    assert.deepEqual(report.paid.map((p) => [p.provider, p.role, p.amount]),
      [[attester, 'Attester', 5n * DAT], ...encoders.map((e) => [e, 'Encoder', 5n * DAT])])
    assert.deepEqual(report.event('HostingStarted'), { amendment, contract: s.contract })
    const contract = await client.item(s.contract)
    assert.equal(contract.status, 'Active')
    assert.deepEqual(contract.hosters, hosters)
    assert.ok((await client.openTasks(hosters[0])).some((t) => t.kind === 'hosting' && t.contract === s.contract))
    hosted.push({ contract: s.contract, amendment, hosters })
  }
}

export async function everyHosterIsChallenged ({ client, node }) {
  const hosters = new Set(hosted.flatMap((h) => h.hosters))
  assert.ok(hosters.size >= 3)
  // One hoster's process is offline while its challenge is issued: its task stream, back on the
  // same client, gets the challenge from `open_tasks`.
  const link = await proxy(node.port)
  const offline = await connect(link.url)
  const [watched] = hosters
  const delivered = []
  await offline.tasks(watched, (t) => delivered.push(t)).ready
  link.cut()
  challenges.push(...await waitFor(client, (events) => {
    const c = named(events, 'StorageChallenge')
    return new Set(c.map((x) => x.hoster)).size >= hosters.size ? c : null
  }, 'a StorageChallenge per hoster'))
  const missed = challenges.find((c) => c.hoster === watched)
  assert.ok(!delivered.some((t) => t.id === missed.id), 'not seen while offline')
  link.restore()
  for (let i = 0; !delivered.some((t) => t.kind === 'storageChallenge' && t.id === missed.id && t.role === 'Hoster'); i++) {
    assert.ok(i < 100, 'the reconnected stream delivers the challenge it missed')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await offline.disconnect()
  await link.close()
  // The next rounds come much later: the remaining tests run undisturbed.
  await client.setParameters(alice, { StorageChallengeEvery: 600 })
  // A provider process that restarts now (a new connection, no events seen) gets its open
  // challenges from `open_tasks`.
  const restarted = await connect(client.url)
  try {
    const { id, attester, hoster } = challenges[0]
    const got = []
    await restarted.tasks(attester, (t) => got.push(t)).ready
    assert.ok(got.some((t) => t.kind === 'storageChallenge' && t.id === id && t.role === 'Attester' && t.hoster === hoster), 'the restarted attester has its challenge')
    assert.ok(got.every((t) => !t.event), 'from open_tasks, not from events')
  } finally {
    await restarted.disconnect()
  }
}

// The priority the runtime gives `tx` signed by `signer` in the pool
// (`TaggedTransactionQueue_validate_transaction` at the best block).
async function poolPriority (client, tx, signer, options = {}) {
  const api = client.api
  const nonce = (await api.rpc.system.accountNextIndex(signer.address)).toNumber()
  const signed = await tx.signAsync(signer, { nonce, ...options })
  const head = await api.rpc.chain.getBlockHash()
  // (source External = 2, the extrinsic, the block), as the pool asks; `api.call`'s encoding of
  // this call's arguments is not the runtime's, so it is sent as `state_call`.
  const args = u8aConcat(new Uint8Array([2]), signed.toU8a(), head.toU8a())
  const raw = await api.rpc.state.call('TaggedTransactionQueue_validate_transaction', u8aToHex(args), head.toHex())
  const validity = api.createType('TransactionValidity', raw)
  assert.ok(validity.isOk, `valid in the pool: ${validity.toString()}`)
  return validity.asOk.priority.toBigInt()
}

// The challenges issued before the runtime upgrade are answered after it.
export async function hostersProveTheirChunks ({ client }) {
  assert.ok(challenges.length > 0, 'challenges issued before')
  for (const [n, c] of challenges.entries()) {
    const { id, hoster, attester, checks } = c
    assert.notEqual(attester, hoster)
    for (const check of checks) assert.ok(hosted.some((h) => h.contract === check.contract && h.hosters.includes(hoster)))
    const stored = await client.item(id)
    assert.equal(stored.type, 'StorageChallenge')
    assert.equal(stored.hoster, hoster)
    assert.ok((await client.openTasks(attester)).some((t) => t.kind === 'storageChallenge' && t.id === id && t.role === 'Attester'), 'the attester sees its challenge')
    // Both learnt of it from their task streams, across the runtime upgrade.
    assert.ok(hasTask(attester, 'storageChallenge', id, 'Attester') && hasTask(hoster, 'storageChallenge', id, 'Hoster'))

    // The attester asks the hoster (here: the feed itself) for a proof of each chunk.
    const contact = proofOfContact(signers.get(hoster), id)
    const proofs = await client.chunkProofs(core, checks)
    if (n === 0) {
      // Other chunks' proofs for the challenged ones: their paths lead elsewhere.
      const wrong = await client.chunkProofs(core, checks.map((check) => ({ index: (check.index + 1) % 17 })))
      const refused = await errorOf(client.submitStorageProof(accounts.get(attester), id, contact, wrong))
      assert.ok(['datdot.RootMismatch', 'datdot.PathNotARoot'].includes(refused), refused)
    }
    if (n === 0) {
      // In the pool the due report goes first: by its attester it outranks a remark with a large
      // tip; the same report signed by anyone else gets nothing for being a report.
      const report = () => client.api.tx.datdot.submitStorageProof(id, contact, reportProofs(proofs))
      const due = await poolPriority(client, report(), accounts.get(attester))
      const byOther = await poolPriority(client, report(), alice)
      const tipped = await poolPriority(client, client.api.tx.system.remark('0x00'), alice, { tip: 10n ** 12n })
      assert.equal(due, 2n ** 64n - 1n, 'a due report has the highest priority')
      assert.ok(due > tipped && tipped > byOther, `due ${due}, tipped remark ${tipped}, by another ${byOther}`)
    }
    // Confirmed: the hoster's hosting is proven up to this block; the plan of the first check
    // pays the hoster for that contract since it started, and the attester per check; fee-free
    // for the attester.
    const { paid, event, blockHash, blockNumber } = await paidExactly(client, [...new Set([hoster, attester])], () =>
      client.submitStorageProof(accounts.get(attester), id, contact, proofs))
    assert.equal(paid.filter((p) => p.provider === hoster && p.role === 'Hoster').length, 1)
    const toAttester = paid.filter((p) => p.provider === attester && p.role === 'Attester')
    assert.equal(toAttester.length, 1)
    assert.ok(paid.every((p) => p.amount > 0n))
    assert.deepEqual(event('StorageChallengeConfirmed'), { id, hoster, attester })
    const provenAt = (await client.api.at(blockHash)).query.datdot.provenAt
    assert.equal((await provenAt(hoster)).unwrap().toNumber(), blockNumber, 'the hoster proven up to the report\'s block')
    assert.equal(await client.item(id), null, 'a finished challenge leaves state')
    assert.ok('Next' in await client.query('storageCycles', hoster), 'the next challenge is scheduled')
  }
}

export async function attesterReportsPerformance ({ client }) {
  const { feed } = await client.item(hosted[0].contract)
  // The feed's challenge runs (or comes within a few blocks).
  let cycle = await client.query('performanceCycles', feed)
  for (let i = 0; i < 30 && !(cycle && 'Running' in cycle); i++) {
    await client.submit(client.api.tx.system.remark('0x00'), alice)
    cycle = await client.query('performanceCycles', feed)
  }
  assert.ok(cycle && 'Running' in cycle, 'a performance challenge runs')
  await client.setParameters(alice, { PerformanceChallengeEvery: 600 })
  const id = cycle.Running
  const { attester, hosters } = await client.item(id)
  assert.ok(hosters.length >= 3 && !hosters.includes(attester))
  assert.ok((await client.openTasks(attester)).some((t) => t.kind === 'performanceChallenge' && t.id === id))
  assert.ok(hasTask(attester, 'performanceChallenge', id, 'Attester'))
  for (const h of hosters) assert.ok(hasTask(h, 'performanceChallenge', id, 'Hoster'), 'a measured hoster learns of it')

  // The attester measured each hoster; each signed the challenge id.
  const reports = hosters.map((hoster, i) => ({ hoster, latencyMs: 80 + 100 * i, bandwidthKbps: 5000, proofOfContact: proofOfContact(signers.get(hoster), id) }))
  const { paid, event } = await paidExactly(client, [attester, ...hosters], () =>
    client.submitPerformanceProof(accounts.get(attester), id, reports))
  assert.deepEqual(paid.map((p) => [p.provider, p.amount]), [[attester, BigInt(hosters.length) * tokens(client, 10)]])
  const confirmed = event('PerformanceChallengeConfirmed')
  assert.ok(confirmed, 'PerformanceChallengeConfirmed emitted')
  const table = [1000000, 950000, 900000, 850000, 800000, 750000, 700000, 650000]
  assert.deepEqual(confirmed.grades, hosters.map((h, i) => ({ hoster: h, grade: table[i] })))
  assert.deepEqual(confirmed.unreachable, [])
  const { stats } = await client.item(hosters[1])
  assert.ok(stats.gradeSum >= 950000)
}

export async function anUnregisteringHosterIsReplaced ({ client }) {
  assert.ok(hosted.length > 0, 'hosting started before')
  const leaver = hosted[0].hosters[0]
  const left = await client.unregister(accounts.get(leaver))
  const leaving = left.event('Unregistering')
  assert.ok(leaving, 'Unregistering emitted')
  assert.equal(leaving.user, leaver)
  assert.ok(leaving.jobs >= 1)

  // Its jobs are handed over one per block; then it is unregistered.
  const seen = await waitFor(client, (events) => named(events, 'Unregistered').some((u) => u.user === leaver) ? events : null, 'Unregistered')
  const drops = named(seen, 'DropHosting').filter((d) => d.hoster === leaver)
  const replacements = named(seen, 'HosterReplacement')
  assert.equal(drops.length, leaving.jobs, 'one DropHosting per hosted contract')
  assert.equal(replacements.length, leaving.jobs, 'one HosterReplacement per hosted contract')
  for (const d of drops) assert.ok(hasTask(leaver, 'dropHosting', d.amendment), 'the leaver is told to drop each')

  for (const r of replacements) {
    const { amendment, contract, attester, hosters, encoders } = r
    assert.equal(hosters.length, 1)
    assert.equal(encoders.length, 1)
    assert.ok(!hosters.includes(leaver) && attester !== leaver)
    assert.ok(hasTask(hosters[0], 'amendment', amendment, 'Hoster') && hasTask(attester, 'amendment', amendment, 'Attester'))
    const before = await client.item(contract)
    assert.equal(before.status, 'Active', 'the other hosters host on')
    assert.ok(!before.hosters.includes(leaver))
    const report = await paidExactly(client, [attester, ...encoders, ...hosters], () =>
      client.hosterReplacementReport(accounts.get(attester), amendment, { contacts: contactSignatures(amendment, hosters) }))
    // The joining hoster is paid for joining.
    assert.ok(report.paid.some((p) => p.provider === hosters[0] && p.role === 'Hoster' && p.amount === tokens(client, 20)))
    assert.deepEqual(report.event('HostingStarted'), { amendment, contract })
    const after = (await client.item(contract)).hosters
    assert.equal(after.length, 3)
    assert.ok(after.includes(hosters[0]))
    const entry = hosted.find((h) => h.contract === contract)
    if (entry) entry.hosters = after
  }
  // Holding nothing else, the leaver's user record went with its registration.
  assert.equal(await client.query('users', leaver), null, 'registration and record ended')
  // A setup report call does not fit a replacement (and the replacement is done anyway).
  const r = replacements[0]
  assert.equal(await errorOf(client.hostingSetupReport(accounts.get(r.attester), r.amendment)), 'datdot.WrongAmendmentKind')
  await core.close()
}

export async function theSponsorGetsTheRestBack ({ api, client }) {
  // The escrow shrank by exactly what the Paid events paid.
  const funds = await client.planFunds(ledger.plan)
  assert.ok(ledger.paid > 0n)
  assert.equal(ledger.budget - funds.budget, ledger.paid, 'the escrow shrank by what was paid')
  const held = await escrowHeld(api, alice.address)
  const { event, events } = await client.unpublishPlan(alice, ledger.plan)
  assert.deepEqual(event('PlanEnded'), { plan: ledger.plan, reason: 'Unpublished' })
  // Its hosters leave, paid for their proven hosting not paid yet; the rest goes back.
  const settled = payments(events).filter((p) => p.plan === ledger.plan)
  assert.ok(settled.every((p) => p.role === 'Hoster'), 'only hosters are paid as the plan ends')
  const refunded = event('Refunded')
  assert.equal(refunded.plan, ledger.plan)
  assert.equal(refunded.sponsor, alice.address)
  const toHosters = settled.reduce((sum, p) => sum + p.amount, 0n)
  assert.equal(refunded.amount + toHosters, funds.budget, 'the rest came back')
  assert.equal(held - await escrowHeld(api, alice.address), funds.budget)
  assert.equal(await client.planFunds(ledger.plan), null)
}

export async function forgedProofOfContactIsRejected ({ client }) {
  // A second plan on a new feed; its attester submits a signature made with the wrong key.
  const core = await makeFeed(['x', 'y', 'z'])
  const { feed } = await client.publishFeed(alice, core)
  const now = await client.blockNumber()
  const plan = { from: now, until: now + 500, datasets: [{ feed, ranges: [[0, 2]] }] }
  const { minimum } = await client.planCost(plan)
  await client.publishPlan(alice, plan, minimum)
  const setup = await waitFor(client, (events) => named(events, 'HostingSetup')[0], 'a HostingSetup event')
  const { amendment } = setup
  const attesterAccount = (await client.item(setup.attester)).account
  const attester = PROVIDERS.map((u) => keyring.addFromUri(u)).find((p) => p.address === attesterAccount)
  const wrong = ed25519Pair()
  const contacts = setup.hosters.map((h) => ({ hoster: h, signature: proofOfContact(wrong, amendment) }))
  assert.equal(await errorOf(client.hostingSetupReport(attester, amendment, { contacts })), 'datdot.BadContactSignature')
  // A report from another account than the attester.
  const other = PROVIDERS.map((u) => keyring.addFromUri(u)).find((p) => p.address !== attesterAccount)
  assert.equal(await errorOf(client.hostingSetupReport(other, amendment, { contacts })), 'datdot.NotAttester')
  await core.close()
}

export const tests = [
  providersRegisterAndHostingStarts,
  everyHosterIsChallenged,
  // A forkless upgrade with all of it live: what follows runs on the next runtime.
  theRuntimeUpgradesUnderLiveHosting,
  hostersProveTheirChunks,
  attesterReportsPerformance,
  anUnregisteringHosterIsReplaced,
  theSponsorGetsTheRestBack,
  forgedProofOfContactIsRejected,
]
