// Protocol core end to end: providers register, a plan over a real hypercore feed is published
// with a budget in escrow and topped up by another account, the chain matches providers
// (HostingSetup), each attester reports with real ed25519 proofs of contact made here, and
// hosting starts; every hoster is challenged, the runtime is upgraded with all of it live (see
// upgrade.mjs), then hosters prove their chunks, an attester measures them, a hoster that
// unregisters is replaced, on the new runtime. Every report's `Paid` events are exactly what the providers' free
// balances gained, their sum exactly what the sponsor's escrow lost; the rest comes back.
import assert from 'node:assert/strict'
import { Keyring } from '@polkadot/keyring'
import { ed25519PairFromSeed, ed25519Sign, randomAsU8a } from '@polkadot/util-crypto'
import { makeFeed, signedTree, chunkProof, submit, hex, fields, setTiming } from './lib.mjs'
import { theRuntimeUpgradesUnderLiveHosting } from './upgrade.mjs'

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

// What the tests share: each provider's ed25519 signing pair and account, the hosted contracts.
const signers = new Map() // user id -> ed25519 pair
const accounts = new Map() // user id -> keyring pair
const hosted = [] // { contract, amendment, hosters }
const challenges = [] // the first round's `StorageChallenge` events' fields
let core // the hosted feed
const ledger = { plan: null, budget: 0n, paid: 0n } // the reference plan's escrow, as seen

// The `Paid` events among `events`.
function payments (api, events) {
  return events.filter((e) => api.events.datdot.Paid.is(e)).map(fields).map((p) => ({
    plan: p.plan.toNumber(), provider: p.provider.toNumber(), role: p.role.toString(), amount: p.amount.toBigInt()
  }))
}

const free = async (api, address) => (await api.query.system.account(address)).data.free.toBigInt()

// What `address` has held in plans' escrow.
async function escrowHeld (api, address) {
  const holds = await api.query.balances.holds(address)
  return holds.filter((h) => h.id.toHuman().Datdot === 'Escrow').reduce((sum, h) => sum + h.amount.toBigInt(), 0n)
}

// Runs `call` (fee-free for `users`, or paid by an account that is not theirs) and checks that each
// of `users` gained exactly what the call's `Paid` events gave it; returns those payments, counted
// in the ledger when they are the reference plan's.
async function paidExactly (api, users, call) {
  const before = new Map()
  for (const u of users) before.set(u, await free(api, accounts.get(u).address))
  const result = await call()
  assert.equal(result.error, null)
  const paid = payments(api, result.events)
  for (const u of users) {
    const got = paid.filter((p) => p.provider === u).reduce((sum, p) => sum + p.amount, 0n)
    assert.equal(await free(api, accounts.get(u).address) - before.get(u), got, `user ${u} gained its pay, no more, no less`)
  }
  for (const p of paid) {
    assert.ok(users.includes(p.provider), `payment to ${p.provider} expected`)
    if (p.plan === ledger.plan) ledger.paid += p.amount
  }
  return { ...result, paid }
}

// Every hoster's proof of contact for `amendment`: ed25519 over the ASCII decimal id.
function contactSignatures (amendment, hosters) {
  const message = Buffer.from(String(amendment))
  return hosters.map((h) => ({ hoster: h, signature: hex(ed25519Sign(message, signers.get(h))) }))
}

export async function providersRegisterAndHostingStarts ({ api }) {
  const keyring = new Keyring({ type: 'sr25519' })
  const alice = keyring.addFromUri('//Alice')
  // Every transaction makes a block here: give attesters room, and challenge hosters soon.
  await setTiming(api, alice, { ReportTimeout: 40, StorageChallengeEvery: 8, PerformanceChallengeEvery: 12 })

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
    // Claiming a signing key takes its signature over "datdot register ", the account and the
    // genesis hash: without it, or with another account's, the registration is refused.
    const possession = ed25519Sign(Buffer.concat([Buffer.from('datdot register '), account.publicKey, api.genesisHash.toU8a()]), pair)
    if (uri === PROVIDERS[0]) {
      const missing = await submit(api, api.tx.datdot.registerForWork(form, null), account)
      assert.equal(missing.error, 'datdot.MissingProofOfPossession')
      const other = keyring.addFromUri('//Alice')
      const replayed = ed25519Sign(Buffer.concat([Buffer.from('datdot register '), other.publicKey, api.genesisHash.toU8a()]), pair)
      const bad = await submit(api, api.tx.datdot.registerForWork(form, hex(replayed)), account)
      assert.equal(bad.error, 'datdot.BadProofOfPossession')
    }
    const { events, error } = await submit(api, api.tx.datdot.registerForWork(form, hex(possession)), account)
    assert.equal(error, null, `register ${uri}`)
    const registered = events.find((e) => api.events.datdot.RegisteredForWork.is(e))
    assert.ok(registered, 'RegisteredForWork emitted')
    const user = fields(registered).user.toNumber()
    // Its stake grows with the 6 jobs of capacity it offers.
    const funds = (await api.call.datdotApi.providerFunds(user)).unwrap()
    const stake = api.consts.datdot.registrationDeposit.toBigInt() + 6n * api.consts.datdot.stakePerJob.toBigInt()
    assert.equal(funds.stake.toBigInt(), stake)
    assert.equal(funds.fullStake.toBigInt(), stake)
    const held = (await api.query.balances.holds(account.address)).find((h) => h.id.toHuman().Datdot === 'Stake')
    assert.equal(held.amount.toBigInt(), stake, 'the stake is held')
    signers.set(user, pair)
    accounts.set(user, account)
  }
  assert.equal((await api.query.datdot.idleCount({ role: 'Hoster', area: '', openEnded: true })).toNumber() >= PROVIDERS.length, true)

  // A real feed, and the reference plan over it.
  core = await makeFeed(Array.from({ length: 17 }, (_, i) => `block ${i}: Hello World!`))
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
  // What it costs, asked up front; less than the setups and one challenge period is refused.
  const cost = await api.call.datdotApi.planCost(plan)
  assert.ok(cost.isOk, 'the runtime API prices the plan')
  const { total, minimum, perBlock } = cost.asOk
  assert.ok(perBlock.toBigInt() > 0n && total.toBigInt() > minimum.toBigInt())
  const tooLittle = await submit(api, api.tx.datdot.publishPlan(plan, minimum.toBigInt() - 1n), alice)
  assert.equal(tooLittle.error, 'datdot.BudgetTooLow')
  const heldBefore = await escrowHeld(api, alice.address)
  const published = await submit(api, api.tx.datdot.publishPlan(plan, total), alice)
  assert.equal(published.error, null)
  const planEvent = fields(published.events.find((e) => api.events.datdot.PlanPublished.is(e)))
  ledger.plan = planEvent.plan.toNumber()
  ledger.budget = total.toBigInt()
  assert.equal(await escrowHeld(api, alice.address) - heldBefore, ledger.budget, 'the budget is held from the sponsor')
  // Anyone may add to it: the amount moves to the sponsor's escrow.
  const funder = keyring.addFromUri('//Dave//stash')
  const topUp = 1000n * 10n ** 12n
  const funded = await submit(api, api.tx.datdot.fundPlan(ledger.plan, topUp), funder)
  assert.equal(funded.error, null)
  const fundedEvent = fields(funded.events.find((e) => api.events.datdot.PlanFunded.is(e)))
  assert.equal(fundedEvent.budget.toBigInt(), ledger.budget + topUp)
  ledger.budget += topUp
  assert.equal(await escrowHeld(api, alice.address) - heldBefore, ledger.budget)
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

    // The attester reports with every hoster's proof of contact; it and the encoders are paid.
    const signatures = contactSignatures(amendment, hosters)
    const report = await paidExactly(api, [attester, ...encoders, ...hosters], () =>
      submit(api, api.tx.datdot.hostingSetupReport(amendment, [], signatures), accounts.get(attester)))
    const DAT = 10n ** 12n
    assert.deepEqual(report.paid.map((p) => [p.provider, p.role, p.amount]),
      [[attester, 'Attester', 5n * DAT], ...encoders.map((e) => [e, 'Encoder', 5n * DAT])])
    const started = report.events.find((e) => api.events.datdot.HostingStarted.is(e))
    assert.ok(started, 'HostingStarted emitted')
    assert.equal(fields(started).amendment.toNumber(), amendment)
    const contract = (await api.query.datdot.contracts(s.contract)).unwrap()
    assert.ok(contract.status.isActive)
    assert.deepEqual(contract.hosters.map((h) => h.toNumber()), hosters)
    const hosting = await api.call.datdotApi.openTasks(hosters[0])
    assert.ok(hosting.some((t) => t.isHosting && t.asHosting.contract.toNumber() === s.contract.toNumber()))
    hosted.push({ contract: s.contract.toNumber(), amendment, hosters })
  }
}

export async function everyHosterIsChallenged ({ api }) {
  const keyring = new Keyring({ type: 'sr25519' })
  const alice = keyring.addFromUri('//Alice')
  const hosters = new Set(hosted.flatMap((h) => h.hosters))
  assert.ok(hosters.size >= 3)
  challenges.push(...await waitFor(api, alice, (events) => {
    const c = events.filter((e) => api.events.datdot.StorageChallenge.is(e)).map(fields)
    return new Set(c.map((x) => x.hoster.toNumber())).size >= hosters.size ? c : null
  }, 'a StorageChallenge per hoster'))
  // The next rounds come much later: the remaining tests run undisturbed.
  await setTiming(api, alice, { StorageChallengeEvery: 600 })
}

// The challenges issued before the runtime upgrade are answered after it.
export async function hostersProveTheirChunks ({ api }) {
  assert.ok(challenges.length > 0, 'challenges issued before')
  for (const [n, c] of challenges.entries()) {
    const id = c.id.toNumber()
    const hoster = c.hoster.toNumber()
    const attester = c.attester.toNumber()
    assert.notEqual(attester, hoster)
    const checks = c.checks.map((x) => ({ contract: x.contract.toNumber(), index: x.index.toNumber() }))
    for (const check of checks) assert.ok(hosted.some((h) => h.contract === check.contract && h.hosters.includes(hoster)))
    const stored = (await api.query.datdot.storageChallenges(id)).unwrap()
    assert.equal(stored.hoster.toNumber(), hoster)
    const tasks = await api.call.datdotApi.openTasks(attester)
    assert.ok(tasks.some((t) => t.isStorageChallenge && t.asStorageChallenge.challenge.toNumber() === id), 'the attester sees its challenge')

    // The attester asks the hoster (here: the feed itself) for a proof of each chunk.
    const contact = hex(ed25519Sign(Buffer.from(String(id)), signers.get(hoster)))
    const proofs = await Promise.all(checks.map((check) => chunkProof(core, check.index)))
    if (n === 0) {
      const wrong = await Promise.all(checks.map((check) => chunkProof(core, (check.index + 1) % 17)))
      const rejected = await submit(api, api.tx.datdot.submitStorageProof(id, contact, wrong), accounts.get(attester))
      assert.equal(rejected.error, 'datdot.WrongChunkIndex')
    }
    // Confirmed: the hoster is paid for its hosting since it started, per checked contract, the
    // attester per check; fee-free for the attester.
    const { events, paid } = await paidExactly(api, [...new Set([hoster, attester])], () =>
      submit(api, api.tx.datdot.submitStorageProof(id, contact, proofs), accounts.get(attester)))
    assert.equal(paid.filter((p) => p.provider === hoster && p.role === 'Hoster').length, checks.length)
    assert.ok(paid.every((p) => p.amount > 0n))
    const confirmed = events.find((e) => api.events.datdot.StorageChallengeConfirmed.is(e))
    assert.ok(confirmed, 'StorageChallengeConfirmed emitted')
    assert.equal(fields(confirmed).id.toNumber(), id)
    assert.ok((await api.query.datdot.storageChallenges(id)).isNone, 'a finished challenge leaves state')
    const cycle = (await api.query.datdot.storageCycles(hoster)).unwrap()
    assert.ok(cycle.isNext, 'the next challenge is scheduled')
  }
}

export async function attesterReportsPerformance ({ api }) {
  const keyring = new Keyring({ type: 'sr25519' })
  const alice = keyring.addFromUri('//Alice')
  const feed = (await api.query.datdot.contracts(hosted[0].contract)).unwrap().feed.toNumber()
  // The feed's challenge runs (or comes within a few blocks).
  let cycle = await api.query.datdot.performanceCycles(feed)
  for (let i = 0; i < 30 && !(cycle.isSome && cycle.unwrap().isRunning); i++) {
    await submit(api, api.tx.system.remark('0x00'), alice)
    cycle = await api.query.datdot.performanceCycles(feed)
  }
  assert.ok(cycle.isSome && cycle.unwrap().isRunning, 'a performance challenge runs')
  await setTiming(api, alice, { PerformanceChallengeEvery: 600 })
  const id = cycle.unwrap().asRunning.toNumber()
  const challenge = (await api.query.datdot.performanceChallenges(id)).unwrap()
  const attester = challenge.attester.toNumber()
  const hosters = challenge.hosters.map((h) => h.toNumber())
  assert.ok(hosters.length >= 3 && !hosters.includes(attester))
  const tasks = await api.call.datdotApi.openTasks(attester)
  assert.ok(tasks.some((t) => t.isPerformanceChallenge && t.asPerformanceChallenge.challenge.toNumber() === id))

  // The attester measured each hoster; each signed the challenge id.
  const message = Buffer.from(String(id))
  const reports = hosters.map((hoster, i) => ({
    hoster,
    result: { Reached: { latencyMs: 80 + 100 * i, bandwidthKbps: 5000, proofOfContact: hex(ed25519Sign(message, signers.get(hoster))) } }
  }))
  const { events, paid } = await paidExactly(api, [attester, ...hosters], () =>
    submit(api, api.tx.datdot.submitPerformanceProof(id, reports), accounts.get(attester)))
  assert.deepEqual(paid.map((p) => [p.provider, p.amount]), [[attester, BigInt(hosters.length) * 10n * 10n ** 12n]])
  const confirmed = events.find((e) => api.events.datdot.PerformanceChallengeConfirmed.is(e))
  assert.ok(confirmed, 'PerformanceChallengeConfirmed emitted')
  const grades = fields(confirmed).grades.map((g) => [g.hoster.toNumber(), g.grade.toNumber()])
  const table = [1000000, 950000, 900000, 850000, 800000, 750000, 700000, 650000]
  assert.deepEqual(grades, hosters.map((h, i) => [h, table[i]]))
  const stats = (await api.query.datdot.users(hosters[1])).unwrap().stats
  assert.ok(stats.gradeSum.toNumber() >= 950000)
}

export async function anUnregisteringHosterIsReplaced ({ api }) {
  const keyring = new Keyring({ type: 'sr25519' })
  const alice = keyring.addFromUri('//Alice')
  assert.ok(hosted.length > 0, 'hosting started before')
  const leaver = hosted[0].hosters[0]
  const left = await submit(api, api.tx.datdot.unregister(), accounts.get(leaver))
  assert.equal(left.error, null)
  const leaving = left.events.find((e) => api.events.datdot.Unregistering.is(e))
  assert.ok(leaving, 'Unregistering emitted')
  const jobs = fields(leaving).jobs.toNumber()
  assert.ok(jobs >= 1)

  // Its jobs are handed over one per block; then it is unregistered.
  const seen = await waitFor(api, alice, (events) => {
    const done = events.some((e) => api.events.datdot.Unregistered.is(e) && fields(e).user.toNumber() === leaver)
    return done ? events : null
  }, 'Unregistered')
  const drops = seen.filter((e) => api.events.datdot.DropHosting.is(e)).map(fields).filter((d) => d.hoster.toNumber() === leaver)
  const replacements = seen.filter((e) => api.events.datdot.HosterReplacement.is(e)).map(fields)
  assert.equal(drops.length, jobs, 'one DropHosting per hosted contract')
  assert.equal(replacements.length, jobs, 'one HosterReplacement per hosted contract')

  for (const r of replacements) {
    const amendment = r.amendment.toNumber()
    const contract = r.contract.toNumber()
    const attester = r.attester.toNumber()
    const hosters = r.hosters.map((x) => x.toNumber())
    assert.equal(hosters.length, 1)
    assert.equal(r.encoders.length, 1)
    assert.ok(!hosters.includes(leaver) && attester !== leaver)
    const before = (await api.query.datdot.contracts(contract)).unwrap()
    assert.ok(before.status.isActive, 'the other hosters host on')
    assert.ok(!before.hosters.map((h) => h.toNumber()).includes(leaver))
    const encoders = r.encoders.map((x) => x.toNumber())
    const report = await paidExactly(api, [attester, ...encoders, ...hosters], () =>
      submit(api, api.tx.datdot.hosterReplacementReport(amendment, [], contactSignatures(amendment, hosters)), accounts.get(attester)))
    // The joining hoster is paid for joining.
    assert.ok(report.paid.some((p) => p.provider === hosters[0] && p.role === 'Hoster' && p.amount === 20n * 10n ** 12n))
    assert.ok(report.events.some((e) => api.events.datdot.HostingStarted.is(e) && fields(e).amendment.toNumber() === amendment))
    const after = (await api.query.datdot.contracts(contract)).unwrap().hosters.map((h) => h.toNumber())
    assert.equal(after.length, 3)
    assert.ok(after.includes(hosters[0]))
    const entry = hosted.find((h) => h.contract === contract)
    if (entry) entry.hosters = after
  }
  // Holding nothing else, the leaver's user record went with its registration.
  assert.ok((await api.query.datdot.users(leaver)).isNone, 'registration and record ended')
  // A setup report call does not fit a replacement (and the replacement is done anyway).
  const r = replacements[0]
  const wrong = await submit(api, api.tx.datdot.hostingSetupReport(r.amendment, [], []), accounts.get(r.attester.toNumber()))
  assert.equal(wrong.error, 'datdot.WrongAmendmentKind')
  await core.close()
}

export async function theSponsorGetsTheRestBack ({ api }) {
  const keyring = new Keyring({ type: 'sr25519' })
  const alice = keyring.addFromUri('//Alice')
  // The escrow shrank by exactly what the Paid events paid.
  const funds = (await api.call.datdotApi.planFunds(ledger.plan)).unwrap()
  assert.ok(ledger.paid > 0n)
  assert.equal(ledger.budget - funds.budget.toBigInt(), ledger.paid, 'the escrow shrank by what was paid')
  const held = await escrowHeld(api, alice.address)
  const { events, error } = await submit(api, api.tx.datdot.unpublishPlan(ledger.plan), alice)
  assert.equal(error, null)
  const ended = fields(events.find((e) => api.events.datdot.PlanEnded.is(e)))
  assert.equal(ended.reason.toString(), 'Unpublished')
  const refunded = fields(events.find((e) => api.events.datdot.Refunded.is(e)))
  assert.equal(refunded.plan.toNumber(), ledger.plan)
  assert.equal(refunded.amount.toBigInt(), funds.budget.toBigInt(), 'the rest came back')
  assert.equal(held - await escrowHeld(api, alice.address), funds.budget.toBigInt())
  assert.ok((await api.call.datdotApi.planFunds(ledger.plan)).isNone)
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
  const { minimum } = (await api.call.datdotApi.planCost(plan)).asOk
  assert.equal((await submit(api, api.tx.datdot.publishPlan(plan, minimum), alice)).error, null)
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
  everyHosterIsChallenged,
  // A forkless upgrade with all of it live: what follows runs on the next runtime.
  theRuntimeUpgradesUnderLiveHosting,
  hostersProveTheirChunks,
  attesterReportsPerformance,
  anUnregisteringHosterIsReplaced,
  theSponsorGetsTheRestBack,
  forgedProofOfContactIsRejected,
]
