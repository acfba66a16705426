// A connection to a datdot chain: typed calls that resolve in a block with their events, queries
// through the runtime API, event and task streams that survive reconnects and runtime upgrades.
import { ApiPromise, WsProvider } from '@polkadot/api'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import { Nonces, signAndSubmit } from './submit.js'
import { plain, plainEvent } from './plain.js'
import { ChainError, dispatchFailure } from './errors.js'
import { feedArgs, chunkProof, reportProofs } from './hypercore.js'
import { proofOfPossession, region } from './keys.js'
import { taskOfEvent, taskKey, taskOfOpenTask } from './tasks.js'

const hex = (bytes) => typeof bytes === 'string' ? (bytes.startsWith('0x') ? bytes : '0x' + bytes) : '0x' + Buffer.from(bytes).toString('hex')

// Per-check chunk proofs (or nulls) as the report's proofs; the report's proofs as they are.
const asReportProofs = (proofs) => (proofs && !Array.isArray(proofs)) ? proofs : reportProofs(proofs || [])

/** The runtime's own transaction extensions, which carry no data (polkadot.js knows the others). */
export const SIGNED_EXTENSIONS = { PrioritizeReports: { extrinsic: {}, payload: {} } }

/**
 * Connects to a datdot node.
 * @param {string} url e.g. `ws://127.0.0.1:9944`
 * @param {object} [opts]
 * @param {number} [opts.timeoutMs] give up connecting after this long (default 30 s)
 * @returns {Promise<DatdotClient>}
 */
export async function connect (url, { timeoutMs = 30000, followUpgrades = true } = {}) {
  await cryptoWaitReady()
  const client = new DatdotClient(url, { timeoutMs, followUpgrades })
  await client.open()
  return client
}

/**
 * A datdot chain as a client sees it. `api` is the underlying polkadot.js `ApiPromise`; after a
 * runtime upgrade the client reconnects by itself (`followUpgrades`, on by default: polkadot.js
 * 16 decodes the upgrading block's events with the new metadata and, once on the new runtime,
 * loads metadata v14, which lacks the runtime APIs) and `api` is the new one; event and task
 * streams move over, calls in flight at that moment may not see their block (re-query them).
 */
export class DatdotClient {
  constructor (url, { timeoutMs = 30000, followUpgrades = true } = {}) {
    this.url = url
    this.timeoutMs = timeoutMs
    this.followUpgrades = followUpgrades
    this.api = null
    this.nonces = null
    this.specVersion = null
    this.subscriptions = new Set() // { restart(api), pause(), resync?() }: see `subscribe`
    this.closed = false
  }

  /** Opens the connection (called by `connect`). */
  async open () {
    const provider = new WsProvider(this.url, 1000, {}, this.timeoutMs)
    const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true, signedExtensions: SIGNED_EXTENSIONS })
    this.api = api
    this.nonces = new Nonces(api)
    this.specVersion = api.runtimeVersion.specVersion.toNumber()
    if (this.followUpgrades) api.rpc.state.subscribeRuntimeVersion((version) => {
      if (api !== this.api || this.closed) return
      if (version.specVersion.toNumber() !== this.specVersion) this.reconnect().catch(() => {})
    }).catch(() => {})
    // After the socket drops and polkadot.js reconnects, its subscriptions go on but the blocks
    // in between are not replayed: the task streams ask `open_tasks` again.
    api.on('connected', () => {
      if (api !== this.api || this.closed) return
      for (const sub of this.subscriptions) if (sub.resync) sub.resync(api).catch(() => {})
    })
    for (const sub of this.subscriptions) await sub.restart(api)
    return api
  }

  /** Reconnects: a new `api` with the chain's current metadata; subscriptions move over. */
  async reconnect () {
    if (this.reconnecting) return this.reconnecting
    const old = this.api
    this.reconnecting = (async () => {
      for (const sub of this.subscriptions) sub.pause()
      await this.open()
      await old.disconnect().catch(() => {})
    })()
    try { await this.reconnecting } finally { this.reconnecting = null }
    return this.api
  }

  /** Closes the connection and every subscription. */
  async disconnect () {
    this.closed = true
    for (const sub of this.subscriptions) sub.pause()
    this.subscriptions.clear()
    if (this.api) await this.api.disconnect().catch(() => {})
  }

  // -- sending ----------------------------------------------------------------------------------

  /**
   * Signs and sends any polkadot.js call (`client.api.tx.section.call(...)`) with the account's
   * next nonce; resolves in a block with its events, rejects with a `ChainError`.
   * @param {any} tx
   * @param {any} signer a keyring pair
   * @param {object} [opts] `{ finalized, timeoutMs, options }` (see `signAndSubmit`)
   * @returns {Promise<import('./submit.js').Included>}
   */
  submit (tx, signer, opts) {
    return signAndSubmit(this.api, this.nonces, tx, signer, opts)
  }

  /**
   * Dispatches `call` as root through `sudo` signed by `sudoKey` (a development chain's, or a
   * test network's); rejects with the call's own error when sudo dispatched it and it failed.
   */
  async sudo (call, sudoKey, opts) {
    const result = await this.submit(this.api.tx.sudo.sudo(call), sudoKey, opts)
    const sudid = result.records.find((r) => r.event.section === 'sudo' && r.event.method === 'Sudid')
    const outcome = sudid && sudid.event.data[0]
    if (outcome && outcome.isErr) throw dispatchFailure(this.api, outcome.asErr, result)
    return result
  }

  /**
   * Sets the datdot pallet's governed parameters as governance does (`parameters.setParameter`,
   * here through `sudo`): `{ ReportTimeout: 40, StorageChallengeEvery: 8 }`, in blocks; `null`
   * resets one to its default.
   */
  async setParameters (sudoKey, values) {
    for (const [name, value] of Object.entries(values)) {
      await this.sudo(this.api.tx.parameters.setParameter({ Datdot: { [name]: [null, value] } }), sudoKey)
    }
  }

  /**
   * Sets the prices new plans are published at (`set_prices`, by the price origin: root here,
   * through `sudo`).
   * @param {any} sudoKey
   * @param {Record<string, bigint | number>} prices the runtime's `Prices` fields (see metadata)
   */
  setPrices (sudoKey, prices) {
    return this.sudo(this.api.tx.datdot.setPrices(prices), sudoKey)
  }

  /** `submit` of `datdot.<call>(...args)`. */
  datdot (call, args, signer, opts) {
    const fn = this.api.tx.datdot[call]
    if (!fn) throw new TypeError(`the runtime has no call datdot.${call}`)
    return this.submit(fn(...args), signer, opts)
  }

  /**
   * Publishes a hypercore feed (or updates it to a longer signed length).
   * @param {any} signer the publisher
   * @param {any} core a ready `Hypercore` with the feed's tree
   * @returns {Promise<{ feed: number, length: number, updated: boolean } & import('./submit.js').Included>}
   */
  async publishFeed (signer, core) {
    const { feedKey, swarmKey, signedTree } = await feedArgs(core)
    const result = await this.datdot('publishFeed', [feedKey, swarmKey, signedTree], signer)
    const published = result.event('FeedPublished') || result.event('FeedUpdated')
    return { ...result, feed: published.feed, length: published.length, updated: !result.event('FeedPublished') }
  }

  /** Removes a feed the signer published; its deposit is released. */
  unpublishFeed (signer, feed) { return this.datdot('unpublishFeed', [feed], signer) }

  /**
   * Registers `signer` for work (or updates its registration).
   * @param {any} signer the provider's account
   * @param {object} form
   * @param {{ encoder: number, hoster: number, attester: number }} form.capacity jobs per role
   * @param {{ publicKey: Uint8Array, secretKey: Uint8Array }} form.signingPair its ed25519 signing key
   *   (the proof of possession is made with it)
   * @param {Uint8Array | string} form.noiseKey its Noise (hyperswarm) public key
   * @param {bigint | number} form.storage bytes offered
   * @param {string} form.region a geohash, e.g. `u33dc0`
   * @param {{ latencyMs: number, bandwidthKbps: number }} form.performance
   * @param {number} [form.from] first block available (default now)
   * @param {number | null} [form.until] last block, or open-ended
   * @param {boolean} [form.claimKeys] sign the proof of possession (default true; an update of
   *   a registration that holds its keys may leave it out)
   * @returns {Promise<{ user: number } & import('./submit.js').Included>}
   */
  async registerForWork (signer, { capacity, signingPair, noiseKey, storage, region: geohash, performance, from = 0, until = null, claimKeys = true }) {
    const form = {
      capacity,
      signingKey: hex(signingPair.publicKey),
      noiseKey: hex(noiseKey),
      from,
      until,
      storage: BigInt(storage),
      region: region(geohash),
      performance
    }
    const possession = claimKeys ? proofOfPossession(signingPair, signer.address, this.api.genesisHash) : null
    const result = await this.datdot('registerForWork', [form, possession], signer)
    return { ...result, user: result.event('RegisteredForWork').user }
  }

  /** Stops offering work (jobs in hand are handed over first: `Unregistering`, then `Unregistered`). */
  unregister (signer) { return this.datdot('unregister', [], signer) }
  /** Takes no new jobs until `unpause`. */
  pause (signer) { return this.datdot('pause', [], signer) }
  /** Ends a requested pause. */
  unpause (signer) { return this.datdot('unpause', [], signer) }

  /**
   * Publishes a plan with `budget` held in escrow.
   * @param {any} signer the sponsor
   * @param {object} plan see `planForm`
   * @param {bigint | number} budget
   * @returns {Promise<{ plan: number, contracts: number[] } & import('./submit.js').Included>}
   */
  async publishPlan (signer, plan, budget) {
    const result = await this.datdot('publishPlan', [planForm(plan), BigInt(budget)], signer)
    const { plan: id, contracts } = result.event('PlanPublished')
    return { ...result, plan: id, contracts }
  }

  /** Adds `amount` to a plan's budget. */
  fundPlan (signer, plan, amount) { return this.datdot('fundPlan', [plan, BigInt(amount)], signer) }
  /** Withdraws a plan the signer sponsors; the rest of its budget comes back. */
  unpublishPlan (signer, plan) { return this.datdot('unpublishPlan', [plan], signer) }

  /**
   * The attester's report on a hosting setup: the hosters' proofs of contact on success, or who
   * failed (user ids or Noise keys).
   * @param {any} signer the attester
   * @param {number} amendment
   * @param {{ contacts?: { hoster: number, signature: string }[], failed?: (number | string | Uint8Array)[] }} report
   */
  hostingSetupReport (signer, amendment, { contacts = [], failed = [] } = {}) {
    return this.datdot('hostingSetupReport', [amendment, failed.map(providerRef), contacts.map(contact)], signer)
  }

  /** The attester's report on a hoster replacement (as `hostingSetupReport`). */
  hosterReplacementReport (signer, amendment, { contacts = [], failed = [] } = {}) {
    return this.datdot('hosterReplacementReport', [amendment, failed.map(providerRef), contacts.map(contact)], signer)
  }

  /**
   * The attester's report on a storage challenge.
   * @param {any} signer the attester
   * @param {number} challenge
   * @param {string | null} proofOfContact the hoster's signature over the challenge id, or null
   *   when it could not be reached
   * @param {(object | null)[] | { trees: object[], chunks: object[] } | null} proofs one per
   *   check, in the challenge's order: a chunk proof (`chunkProof`, `chunkProofOfProof`) or null
   *   for a chunk the hoster did not prove (sent as the report's proofs: `reportProofs`), or the
   *   report's proofs themselves
   */
  submitStorageProof (signer, challenge, proofOfContact, proofs) {
    return this.datdot('submitStorageProof', [challenge, proofOfContact, asReportProofs(proofs)], signer)
  }

  /**
   * The attester's report on a performance challenge.
   * @param {any} signer the attester
   * @param {number} challenge
   * @param {({ hoster: number, latencyMs: number, bandwidthKbps: number, proofOfContact: string } | { hoster: number, unreachable: true })[]} reports
   */
  submitPerformanceProof (signer, challenge, reports) {
    const encoded = reports.map((r) => r.unreachable
      ? { hoster: r.hoster, result: 'Unreachable' }
      : { hoster: r.hoster, result: { Reached: { latencyMs: r.latencyMs, bandwidthKbps: r.bandwidthKbps, proofOfContact: r.proofOfContact } } })
    return this.datdot('submitPerformanceProof', [challenge, encoded], signer)
  }

  /** An accused hoster's answer: a chunk proof per check of the accusation, in order (or the report's proofs: `reportProofs`). */
  answerAccusation (signer, accusation, proofs) {
    return this.datdot('answerAccusation', [accusation, asReportProofs(proofs)], signer)
  }

  /** Chunk proofs of `core` for each check (`{ index }`), in order. */
  chunkProofs (core, checks) {
    return Promise.all(checks.map((c) => chunkProof(core, c.index)))
  }

  // -- reading ----------------------------------------------------------------------------------

  /** The best block's number. */
  async blockNumber () { return (await this.api.rpc.chain.getHeader()).number.toNumber() }

  /**
   * Any item by id, as `{ type, ...fields }` (`type`: `User`, `Feed`, `Plan`, `Component`,
   * `Contract`, `Amendment`, `StorageChallenge`, `PerformanceChallenge`, `Accusation`; no item has
   * a field of that name), or null.
   */
  async item (id) {
    const item = await this.api.call.datdotApi.item(id)
    if (item.isNone) return null
    const value = item.unwrap()
    return { type: value.type, ...plain(value.value) }
  }

  /** The user id of an account, or null. */
  async userOf (address) { return plain(await this.api.call.datdotApi.userByAccount(address)) }

  /** `[id, feed]` of the feed with this key, or null. */
  async feedByKey (key) {
    const found = plain(await this.api.call.datdotApi.feedByKey(hex(key)))
    return found ? { id: found[0], ...found[1] } : null
  }

  /** What a provider has to act on now, as tasks (see `tasks`). */
  async openTasks (user) {
    const open = await this.api.call.datdotApi.openTasks(user)
    return open.map((t) => taskOfOpenTask(user, plain(t)))
  }

  /** A plan's funds (budget, owed, per block, runway, grace), or null. */
  async planFunds (plan) { return plain(await this.api.call.datdotApi.planFunds(plan)) }

  /** What a plan would cost if published now; rejects with the error `publish_plan` would give. */
  async planCost (plan) {
    const cost = await this.api.call.datdotApi.planCost(planForm(plan))
    if (cost.isErr) {
      const err = cost.asErr
      const meta = err.isModule ? this.api.registry.findMetaError(err.asModule) : null
      throw new ChainError(meta ? { section: meta.section, name: meta.name, docs: meta.docs.join(' ') } : { section: 'dispatch', name: err.type })
    }
    return plain(cost.asOk)
  }

  /** A provider's stake and earnings, or null. */
  async providerFunds (user) { return plain(await this.api.call.datdotApi.providerFunds(user)) }

  /** A datdot storage item (`users`, `contracts`, `amendments`, ...) by key, plain, or null. */
  async query (item, ...keys) {
    const fn = this.api.query.datdot[item]
    if (!fn) throw new TypeError(`the runtime has no storage datdot.${item}`)
    return plain(await fn(...keys))
  }

  /** The free balance of an account. */
  async freeBalance (address) { return (await this.api.query.system.account(address)).data.free.toBigInt() }

  // -- streams ----------------------------------------------------------------------------------

  /**
   * Calls `handler(event, block)` for every event of each new best block (`{ section, name,
   * fields }`), across reconnects.
   * @returns {(() => void) & { ready: Promise<void> }} stop; `ready` resolves once subscribed
   */
  events (handler) {
    return this.subscribe(async (api) => api.query.system.events((records) => {
      for (const r of records) handler(plainEvent(r.event))
    }))
  }

  /**
   * The tasks for provider `user`: every task named in an event from now on, and, on start, after
   * a dropped connection came back and after a runtime upgrade, what `open_tasks` lists (so a
   * restarted or reconnected client misses nothing). Each task is delivered once: `{ kind, id,
   * role, ... }` (see tasks.js).
   * @param {number} user
   * @param {(task: object) => void} handler
   * @returns {(() => void) & { ready: Promise<void> }} stop; `ready` resolves once subscribed and
   *   the open tasks are delivered
   */
  tasks (user, handler) {
    const seen = new Set()
    const deliver = (task) => {
      if (!task) return
      const key = taskKey(task)
      if (seen.has(key)) return
      seen.add(key)
      handler(task)
    }
    const open = async () => { for (const task of await this.openTasks(user)) deliver(task) }
    return this.subscribe(async (api) => {
      const unsub = await api.query.system.events((records) => {
        for (const r of records) for (const task of taskOfEvent(user, plainEvent(r.event))) deliver(task)
      })
      await open()
      return unsub
    }, open)
  }

  // A subscription that `start(api)`s again on each new connection (and `resync`s after the
  // socket reconnected).
  subscribe (start, resync = null) {
    let unsub = null
    let stopped = false
    const sub = {
      restart: async (api) => {
        if (stopped) return
        unsub = await start(api)
        if (stopped && unsub) unsub()
      },
      pause: () => { if (unsub) { try { unsub() } catch (_) {} } unsub = null },
      resync: resync && (async () => { if (!stopped) await resync() })
    }
    this.subscriptions.add(sub)
    const stop = () => {
      stopped = true
      sub.pause()
      this.subscriptions.delete(sub)
    }
    stop.ready = sub.restart(this.api)
    stop.ready.catch(() => {})
    return stop
  }
}

/**
 * A plan in the chain's `PlanForm` from plain JavaScript:
 * `{ from, until, datasets: [{ feed, ranges: [[first, last], ...] } | id], performances:
 * [{ latencyMs, bandwidthKbps } | id], timetables: [{ duration, interval, repeat } | id],
 * regions: ['u3' | { geohash } | id] }`; a number is a stored component's id (`Existing`).
 * Ranges are inclusive chunk indices.
 */
export function planForm ({ from, until, datasets = [], performances = [], timetables = [], regions = [] }) {
  const ref = (make) => (c) => typeof c === 'number' ? { Existing: c } : (c.New || c.Existing !== undefined ? c : { New: make(c) })
  return {
    from,
    until,
    datasets: datasets.map(ref((d) => ({
      feed: d.feed,
      ranges: d.ranges.map((r) => Array.isArray(r) ? { first: r[0], last: r[1] } : r)
    }))),
    performances: performances.map(ref((p) => p)),
    timetables: timetables.map(ref((t) => t)),
    regions: regions.map((r) => typeof r === 'string' ? { New: { geohash: region(r) } } : ref((x) => ({ geohash: region(x.geohash) }))(r))
  }
}

// A provider by user id or Noise key.
function providerRef (p) {
  return typeof p === 'number' ? { Id: p } : { NoiseKey: hex(p) }
}

function contact ({ hoster, signature }) {
  return { hoster, signature: hex(signature) }
}
