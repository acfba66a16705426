// datdot-chain-sdk's interface on this chain: `await datdotChain(profile)` gives the `chainAPI`
// object datdot-service's roles use (CLIENT-API.md §1.1), with their argument and return shapes,
// mapped to this chain's calls and queries (see README.md, "The datdot-chain-sdk entry").
//
// What it keeps in memory, from the events it sees from its start on: the amendments of each
// contract (the chain keeps only a contract's latest), the contracts each feed hosts, finished
// challenges, and the keys each account gave `newUser`. Queries answer from the chain first and
// from that memory for what the chain has removed.
import { connect } from '../client.js'
import { faucet, tokens } from '../faucet.js'
import { proofOfPossession } from '../keys.js'
import {
  bytes, hex0x, workForm, planOf, signedTreeOfJsProof, storageReport, performanceReports, amendmentReport,
  jsEvent, jsAmendment, jsContract, jsUser, jsFeed, jsPlan, jsStorageChallenge, jsPerformanceChallenge
} from './shapes.js'

export { proofString } from './codec.js'
export { parseProof } from './shapes.js'

/** Blocks a JS plan runs when its `until` is 0 or not after its start (about a week of 6 s blocks). */
export const DEFAULT_PLAN_BLOCKS = 100800
/** What `newUser` gives a fresh account on a development chain, in whole tokens. */
export const DEFAULT_FAUCET_TOKENS = 20000

/**
 * Connects to the chain `profile.config.chain` names (`['ws://127.0.0.1', 9944]`, or a URL) and
 * returns the `chainAPI`.
 * @param {object} profile
 * @param {string} [profile.name]
 * @param {{ chain: string | [string, number] }} profile.config
 * @param {any} [profile.log] a datdot-service logger (`log.sub(name)`, `log(message)`), or none
 * @param {object} [profile.chainOptions] `{ faucetTokens, faucetUri, planBlocks, planBudget }`
 */
export async function datdotChain (profile = {}) {
  const config = profile.config || {}
  const url = Array.isArray(config.chain) ? config.chain.join(':') : (config.chain || 'ws://127.0.0.1:9944')
  const log = logger(profile)
  const options = profile.chainOptions || {}
  const client = await connect(url)
  const memory = new Memory(client)
  const handlers = new Set()
  const stop = client.events((event) => {
    memory.see(event)
    const js = jsEvent(event)
    if (js) for (const handler of handlers) handler(js)
  })
  await stop.ready
  const isDev = (await client.api.rpc.system.chainType()).isDevelopment
  const fund = faucet(client, { uri: options.faucetUri || '//Alice' })
  const keysOf = new Map() // address -> { signing, noise, pair }

  // A call of the roles: sent with the account's next nonce (the role's own counter is ignored),
  // resolved once in a block; a refusal is logged, not thrown (the roles fire and forget).
  const send = async (what, promise) => {
    try {
      return await promise
    } catch (e) {
      log({ type: 'error', data: { text: `${what} refused`, error: e.id || String(e), docs: e.docs } })
      return undefined
    }
  }
  // Any item in its JS shape, tagged with `__kind`: from the chain, else from memory.
  const itemOf = async (id) => {
    const item = await client.item(Number(id))
    return item ? memory.jsItem(Number(id), item) : memory.removed(Number(id))
  }
  // The feed's contracts that host it (as the JS chain's `feed.contracts`): those of the plans
  // with contracts of the feed (`FeedPlans`) that are active, and those seen starting.
  const hostedContracts = async (feed, seen) => {
    const all = new Set(seen)
    for (const key of await client.api.query.datdot.feedPlans.keys(feed)) {
      const plan = await client.item(key.args[1].toNumber())
      for (const c of (plan && plan.contracts) || []) {
        const contract = await client.item(c)
        if (contract && contract.feed === feed && contract.status === 'Active') all.add(c)
      }
    }
    return [...all].sort((a, b) => a - b)
  }
  const userItem = async (id) => {
    const u = await client.item(Number(id))
    return u && u.type === 'User' ? u : null
  }

  const chainAPI = {
    client,
    async getBlockNumber () { return client.blockNumber() },

    async newUser ({ signer, data = {} }) {
      const keys = {
        signing: data.signingPublicKey ? bytes(data.signingPublicKey) : null,
        noise: data.noiseKey ? bytes(data.noiseKey) : null,
        pair: signingPairOf(data)
      }
      keysOf.set(signer.address, keys)
      if (isDev) {
        const amount = tokens(client, options.faucetTokens || DEFAULT_FAUCET_TOKENS)
        if (await client.freeBalance(signer.address) < amount / 2n) await send('newUser (faucet)', fund.fund(signer.address, amount))
      }
    },

    async registerForWork ({ form, signer }) {
      const keys = keysOf.get(signer.address)
      if (!keys || !keys.signing || !keys.noise) {
        log({ type: 'error', data: { text: 'registerForWork before newUser: no keys for ' + signer.address } })
        return undefined
      }
      const f = workForm(form || {}, await client.blockNumber())
      const raw = {
        capacity: f.capacity,
        signingKey: hex0x(keys.signing),
        noiseKey: hex0x(keys.noise),
        from: f.from,
        until: f.until,
        storage: f.storage,
        region: '0x' + Buffer.from(f.region, 'ascii').toString('hex'),
        performance: f.performance
      }
      // The chain takes a signing key only with its proof of possession, which needs the secret
      // key: datdot-service's `newUser` gives the public key alone (see README.md).
      const possession = keys.pair ? proofOfPossession(keys.pair, signer.address, client.api.genesisHash) : null
      return send('registerForWork', client.datdot('registerForWork', [raw, possession], signer))
    },

    async publishFeed ({ merkleRoot, signer }) {
      log({ type: 'error', data: { text: 'publishFeed: a JS merkle root is not a signed tree; publishPlan publishes its feeds' } })
      return send('publishFeed', Promise.reject(Object.assign(new Error('unsupported'), { id: 'compat.PublishFeedUnsupported' })))
    },

    async publishPlan ({ data, signer }) {
      const feeds = (data.components && data.components.feeds) || []
      const ids = []
      for (const [i, feed] of feeds.entries()) {
        const key = bytes(feed.feedkey)
        const known = await client.feedByKey(key)
        const proof = (data.proofs || []).find((p) => Number(p.feed_ref) === -(i + 1))
        if (proof) {
          const tree = signedTreeOfJsProof(proof.p)
          if (!known || tree.length > known.length) {
            const swarm = feed.swarmkey ? hex0x(feed.swarmkey) : hex0x(data.plan && data.plan.swarmkey)
            await send('publishPlan (publish_feed)', client.datdot('publishFeed', [hex0x(key), swarm, tree], signer))
          }
        }
        const now = await client.feedByKey(key)
        if (!now) {
          log({ type: 'error', data: { text: `publishPlan: feed ${i + 1} is not on chain and no proof publishes it` } })
          return undefined
        }
        ids.push(now.id)
      }
      const feedIdOf = (ref) => Number(ref) < 0 ? ids[-Number(ref) - 1] : Number(ref)
      const plan = planOf(data, feedIdOf, await client.blockNumber(), options.planBlocks || DEFAULT_PLAN_BLOCKS)
      let budget = options.planBudget
      if (budget === undefined) {
        try {
          // The whole plan if the sponsor can pay for it, else as much of it as it can (at least
          // the setups and one challenge period: `BudgetTooLow` below that); `fund_plan` adds more.
          const { total, minimum } = await client.planCost(plan)
          const affordable = (await client.freeBalance(signer.address)) * 9n / 10n
          budget = total <= affordable ? total : (affordable > minimum ? affordable : minimum)
        } catch (e) {
          log({ type: 'error', data: { text: 'publishPlan refused', error: e.id, docs: e.docs } })
          return undefined
        }
      }
      return send('publishPlan', client.publishPlan(signer, plan, budget))
    },

    async unpublishPlan ({ planID, signer }) { return send('unpublishPlan', client.unpublishPlan(signer, Number(planID))) },

    async hostingSetupReport ({ report, signer }) {
      const { failed, contacts } = await amendmentReport(report, (k) => client.query('userByNoiseKey', hex0x(k)))
      return send('hostingSetupReport', client.hostingSetupReport(signer, Number(report.id), { failed, contacts }))
    },

    async hosterReplacementReport ({ report, signer }) {
      const { failed, contacts } = await amendmentReport(report, (k) => client.query('userByNoiseKey', hex0x(k)))
      return send('hosterReplacementReport', client.hosterReplacementReport(signer, Number(report.id), { failed, contacts }))
    },

    async submitStorageChallenge ({ response, signer }) {
      const id = Number(response.storageChallengeID)
      const challenge = memory.storageChallenges.get(id) || await client.item(id)
      if (!challenge || !challenge.checks) {
        log({ type: 'error', data: { text: `submitStorageChallenge: no challenge ${id}` } })
        return undefined
      }
      const { proofOfContact, proofs } = storageReport(response, challenge.checks)
      return send('submitStorageChallenge', client.submitStorageProof(signer, id, proofOfContact, proofs))
    },

    async submitPerformanceChallenge ({ challengeID, reports, signer }) {
      const id = Number(challengeID)
      const challenge = memory.performanceChallenges.get(id) || await client.item(id)
      if (!challenge || !challenge.hosters) {
        log({ type: 'error', data: { text: `submitPerformanceChallenge: no challenge ${id}` } })
        return undefined
      }
      return send('submitPerformanceChallenge', client.submitPerformanceProof(signer, id, performanceReports(reports, challenge.hosters)))
    },

    async pause ({ signer }) { return send('pause', client.pause(signer)) },
    async unpause ({ signer }) { return send('unpause', client.unpause(signer)) },

    async listenToEvents (handler) {
      handlers.add(handler)
      return () => handlers.delete(handler)
    },

    async getItemByID (id) {
      const item = await itemOf(id)
      return item ? strip(item) : null
    },
    async getFeedByID (id) {
      const item = await client.item(Number(id))
      if (!item || item.type !== 'Feed') return null
      const feed = memory.jsItem(Number(id), item)
      feed.feedkey = Buffer.from(feed.feedkey, 'hex')
      feed.contracts = await hostedContracts(Number(id), feed.contracts)
      return strip(feed)
    },
    async getFeedKey (id) {
      const feed = await chainAPI.getFeedByID(id)
      return feed ? feed.feedkey : null
    },
    async getPlanByID (id) { return kind(await itemOf(id), 'Plan') },
    async getAmendmentByID (id) { return kind(await itemOf(id), 'Amendment') },
    async getContractByID (id) { return kind(await itemOf(id), 'Contract') },
    async getStorageChallengeByID (id) { return kind(await itemOf(id), 'StorageChallenge') },
    async getPerformanceChallengeByID (id) { return kind(await itemOf(id), 'PerformanceChallenge') },
    async getUserByID (id) {
      const u = await userItem(id)
      return u ? jsUser(Number(id), u) : null
    },
    async getUserAddress (id) {
      const u = await userItem(id)
      return u ? u.account : null
    },
    async getSigningKey (id) {
      const u = await userItem(id)
      return u && u.keys ? Buffer.from(bytes(u.keys.signingKey)) : null
    },
    async getHosterKey (id) { return noiseKey(await userItem(id)) },
    async getEncoderKey (id) { return noiseKey(await userItem(id)) },
    async getAttesterKey (id) { return noiseKey(await userItem(id)) },
    async getUserIDByNoiseKey (key) { return client.query('userByNoiseKey', hex0x(key)) },
    async getUserIDBySigningKey (key) { return client.query('userBySigningKey', hex0x(key)) },

    /** Closes the connection. */
    async disconnect () {
      stop()
      await client.disconnect()
    }
  }
  return chainAPI
}

const noiseKey = (u) => u && u.keys ? Buffer.from(bytes(u.keys.noiseKey)) : null
const kind = (item, k) => item && item.__kind === k ? strip(item) : null
const strip = ({ __kind, ...rest }) => rest

// The signing key pair a `newUser` may carry beside the public key (`signingKeyPair: { publicKey,
// secretKey }`, or `signingSecretKey`: libsodium's 64-byte secret key, seed ‖ public key).
function signingPairOf (data) {
  if (data.signingKeyPair && data.signingKeyPair.secretKey) {
    return { publicKey: bytes(data.signingKeyPair.publicKey), secretKey: bytes(data.signingKeyPair.secretKey) }
  }
  if (data.signingSecretKey) {
    const secretKey = bytes(data.signingSecretKey)
    return { publicKey: secretKey.subarray(32, 64), secretKey }
  }
  return null
}

function logger (profile) {
  const log = profile.log
  if (log && typeof log.sub === 'function') return log.sub('chain')
  if (typeof log === 'function') return log
  return () => {}
}

// What the compat entry learnt from events.
class Memory {
  constructor (client) {
    this.client = client
    this.amendments = new Map() // id -> { amendment (chain, plain), status, positions, ref, base }
    this.contractAmendments = new Map() // contract -> [amendment ids]
    this.feedContracts = new Map() // feed -> Set(contract)
    this.storageChallenges = new Map() // id -> chain challenge (plain) + status
    this.performanceChallenges = new Map()
    this.drops = new Map() // contract -> [{ amendment, hoster }] not yet replaced
  }

  see ({ section, name, fields }) {
    if (section !== 'datdot') return
    switch (name) {
      case 'HostingSetup':
      case 'RetryHostingSetup':
      case 'HosterReplacement': {
        const kindOf = { HostingSetup: 'HostingSetup', RetryHostingSetup: 'RetryHostingSetup', HosterReplacement: 'HosterReplacement' }[name]
        const amendment = { contract: fields.contract, kind: kindOf, status: 'InProgress', attester: fields.attester, encoders: fields.encoders, hosters: fields.hosters }
        const known = { amendment, status: 'in progress' }
        if (name === 'HosterReplacement') {
          const drops = this.drops.get(fields.contract) || []
          const ref = drops.length ? drops[0].amendment : (this.contractAmendments.get(fields.contract) || []).slice(-1)[0]
          const base = ref !== undefined && this.amendments.get(ref) ? this.providersOf(ref) : null
          if (base) {
            known.ref = ref
            known.base = base
            known.positions = drops.slice(0, fields.hosters.length).map((d) => base.hosters.indexOf(d.hoster)).filter((p) => p >= 0)
          }
          this.drops.set(fields.contract, drops.slice(fields.hosters.length))
        }
        this.amendments.set(fields.amendment, known)
        const list = this.contractAmendments.get(fields.contract) || []
        list.push(fields.amendment)
        this.contractAmendments.set(fields.contract, list)
        break
      }
      case 'HostingSetupFailed':
      case 'HosterReplacementFailed': {
        const a = this.amendments.get(fields.amendment)
        if (a) a.status = 'fail'
        break
      }
      case 'HostingStarted': {
        const a = this.amendments.get(fields.amendment)
        if (a) { a.status = 'done'; a.amendment.status = 'Done' }
        this.client.item(fields.contract).then((c) => {
          if (!c) return
          const set = this.feedContracts.get(c.feed) || new Set()
          set.add(fields.contract)
          this.feedContracts.set(c.feed, set)
        }, () => {})
        break
      }
      case 'DropHosting': {
        const a = this.amendments.get(fields.amendment)
        if (!a) break
        const list = this.drops.get(a.amendment.contract) || []
        list.push({ amendment: fields.amendment, hoster: fields.hoster })
        this.drops.set(a.amendment.contract, list)
        break
      }
      case 'StorageChallenge':
        this.storageChallenges.set(fields.id, { id: fields.id, hoster: fields.hoster, attester: fields.attester, checks: fields.checks, status: 'active' })
        break
      case 'StorageChallengeConfirmed':
      case 'StorageChallengeFailed':
      case 'StorageChallengeTimedOut': {
        const c = this.storageChallenges.get(fields.id)
        if (c) c.status = { StorageChallengeConfirmed: 'done', StorageChallengeFailed: 'failed', StorageChallengeTimedOut: 'timed-out' }[name]
        break
      }
      case 'PerformanceChallenge':
        this.performanceChallenges.set(fields.id, { id: fields.id, feed: fields.feed, attester: fields.attester, hosters: fields.hosters, status: 'active' })
        break
      case 'PerformanceChallengeConfirmed':
      case 'PerformanceChallengeTimedOut': {
        const c = this.performanceChallenges.get(fields.id)
        if (c) c.status = name === 'PerformanceChallengeConfirmed' ? 'done' : 'timed-out'
        break
      }
    }
  }

  // The JS providers of amendment `id` (a replacement's with the replaced positions filled in).
  providersOf (id) {
    const known = this.amendments.get(id)
    return jsAmendment(id, known.amendment, known).providers
  }

  // A chain item in its JS shape, tagged with `__kind`.
  jsItem (id, item) {
    const tag = (x) => ({ __kind: item.type, ...x })
    switch (item.type) {
      case 'User': return tag(jsUser(id, item))
      case 'Feed': return tag(jsFeed(id, item, this.feedContracts.get(id) || []))
      case 'Plan': return tag(jsPlan(id, item))
      case 'Contract': return tag(jsContract(id, item, this.contractAmendments.get(id) || []))
      case 'Amendment': {
        const known = this.amendments.get(id) || {}
        return tag(jsAmendment(id, item, { ...known, status: item.status === 'Done' ? 'done' : known.status }))
      }
      case 'StorageChallenge': return tag(jsStorageChallenge(id, item))
      case 'PerformanceChallenge': return tag(jsPerformanceChallenge(id, item))
      default: return tag({ id, ...item })
    }
  }

  // An item the chain no longer holds, as the events left it (a superseded amendment, a finished
  // challenge), or null.
  removed (id) {
    const a = this.amendments.get(id)
    if (a) return { __kind: 'Amendment', ...jsAmendment(id, a.amendment, a) }
    const s = this.storageChallenges.get(id)
    if (s) return { __kind: 'StorageChallenge', ...jsStorageChallenge(id, s, s.status) }
    const p = this.performanceChallenges.get(id)
    if (p) return { __kind: 'PerformanceChallenge', ...jsPerformanceChallenge(id, p, p.status) }
    return null
  }
}
