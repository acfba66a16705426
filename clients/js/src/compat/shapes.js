// The shapes datdot-service's roles send and read (CLIENT-API.md §1.2-1.4), to and from what this
// chain takes and gives. Pure functions: every decision the compat entry makes about a JS shape is
// here, and tested alone.
import { signedTreeOfProof, chunkProofOfProof } from '../hypercore.js'

/** Bytes from a Buffer, a Uint8Array, Buffer-JSON (`{ type: 'Buffer', data }`) or hex (with or without 0x). */
export function bytes (x) {
  if (x === null || x === undefined) throw new TypeError('no bytes given')
  if (x instanceof Uint8Array) return x
  if (typeof x === 'string') {
    const h = x.startsWith('0x') ? x.slice(2) : x
    if (!/^([0-9a-fA-F]{2})*$/.test(h)) throw new TypeError(`not hex: ${x.slice(0, 20)}`)
    return Buffer.from(h, 'hex')
  }
  if (x.type === 'Buffer' && Array.isArray(x.data)) return Buffer.from(x.data)
  if (Array.isArray(x)) return Buffer.from(x)
  throw new TypeError('not bytes: ' + JSON.stringify(x).slice(0, 40))
}

/** `0x` hex of bytes in any of `bytes`' forms. */
export const hex0x = (x) => '0x' + Buffer.from(bytes(x)).toString('hex')
/** Hex without `0x`, what `Buffer.from(x, 'hex')` on the client side decodes. */
export const bareHex = (x) => Buffer.from(bytes(x)).toString('hex')

/** The item a component ref names: `-k` is the k-th (1-based) of `items`; anything else none. */
export function resolveRef (ref, items = []) {
  const n = Number(ref)
  if (Number.isInteger(n) && n < 0) return items[-n - 1]
  return undefined
}

const GEOHASH = /^[0-9b-hjkmnp-z]*$/

/**
 * A JS geohash as the chain takes it: lower-cased; one with characters outside the geohash alphabet
 * (the JS demos use 'X3F', 'A0K') keeps its valid prefix, so it names a wider area ('' = anywhere).
 */
export function geohash (g) {
  const lower = String(g ?? '').toLowerCase()
  let valid = ''
  for (const c of lower) {
    if (!GEOHASH.test(c)) break
    valid += c
  }
  return valid
}

/** The JS roles' default provider capacity: every role, 2 jobs each (CLIENT-API.md §4.5). */
export const JS_CAPACITY = { encoder: 2, hoster: 2, attester: 2 }
/** Latency assumed for a provider form or performance that gives none, in ms. */
export const DEFAULT_LATENCY_MS = 100
/** Bandwidth assumed when a form gives none, in kbit/s. */
export const DEFAULT_BANDWIDTH_KBPS = 10000
/** Latency reported for a hoster that signed its proof of contact but could not be measured. */
export const UNMEASURED_LATENCY_MS = 60000

/**
 * `register_for_work`'s form of a JS provider form (`registerForWork({ form })`): all three roles
 * with capacity 2, storage from KiB to bytes, the first region and resource of the form's refs, an
 * availability window that starts now at the earliest and is open-ended when `until` is 0 or
 * already past.
 * @param {object} form the JS form
 * @param {number} now the chain's block number
 */
export function workForm (form, now) {
  const c = form.components || {}
  const resource = resolveRef((form.resources || [])[0], c.resource_items) || {}
  const region = resolveRef((form.regions || [])[0], c.region_items) || {}
  const performance = resolveRef((form.performances || [])[0], c.performance_items) || {}
  const duration = form.duration || {}
  const from = Math.max(Number(duration.from) || 0, 0)
  const until = Number(duration.until) > Math.max(now, from) ? Number(duration.until) : null
  const kib = Number(resource.storage) > 0 ? Number(resource.storage) : 1024 * 1024
  const upload = Number(resource.bandwidth?.speed?.upload)
  return {
    capacity: { ...JS_CAPACITY },
    storage: BigInt(Math.floor(kib)) * 1024n,
    region: geohash(region.geohash),
    performance: {
      latencyMs: Number.isFinite(Number(performance.latency?.max)) && Number(performance.latency.max) > 0 ? Math.round(performance.latency.max) : DEFAULT_LATENCY_MS,
      // The JS forms give upload speed in Mbit/s.
      bandwidthKbps: upload > 0 ? Math.round(upload * 1000) : DEFAULT_BANDWIDTH_KBPS
    },
    from: from > now ? from : 0,
    until
  }
}

/** A hypercore proof as the JS roles carry it: a JSON string (datdot-codec `to_string`) or the object. */
export function parseProof (p) {
  const proof = typeof p === 'string' ? JSON.parse(p) : p
  if (!proof || typeof proof !== 'object') throw new TypeError('not a proof')
  const node = (n) => ({ index: Number(n.index), size: Number(n.size), hash: bytes(n.hash) })
  const out = { fork: Number(proof.fork || 0), block: null, upgrade: null }
  if (proof.block) {
    out.block = { index: Number(proof.block.index), nodes: (proof.block.nodes || []).map(node), value: blockValue(proof.block.value) }
  }
  if (proof.upgrade) {
    const u = proof.upgrade
    out.upgrade = {
      start: Number(u.start || 0),
      length: Number(u.length),
      nodes: (u.nodes || []).map(node),
      additionalNodes: (u.additionalNodes || u.additional_nodes || []).map(node),
      signature: bytes(u.signature)
    }
  }
  return out
}

// A block value as the JS codec writes it: the raw chunk as a UTF-8 string (exact for text chunks,
// lossy for binary ones), or Buffer(-JSON).
function blockValue (v) {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') return Buffer.from(v, 'utf8')
  return bytes(v)
}

/** `publish_feed`'s signed tree of a JS upgrade proof (`publishPlan`'s `proofs[].p`). */
export function signedTreeOfJsProof (p) {
  return signedTreeOfProof(parseProof(p))
}

/**
 * `publish_plan`'s plan of a JS plan (`publishPlan({ data })`), once its feeds are on chain: every
 * program entry's datasets, regions, performances and timetables, in one plan (this chain's plan
 * has one list of each); negative refs resolved in `data.components`; geohashes as `geohash`
 * makes them (empty ones dropped); performances and timetables that give no numbers dropped; the
 * window from now at the earliest, and `defaultBlocks` long when `until` is 0 or not after it.
 * @param {object} data the JS `publishPlan` data
 * @param {(feedRef: number) => number} feedIdOf the chain id of the feed `feed_id` names
 * @param {number} now
 * @param {number} defaultBlocks
 */
export function planOf (data, feedIdOf, now, defaultBlocks) {
  const plan = data.plan || {}
  const c = data.components || {}
  const datasets = []
  const regions = []
  const performances = []
  const timetables = []
  const seen = new Set()
  const once = (list, key, value) => { if (!seen.has(key)) { seen.add(key); list.push(value) } }
  for (const entry of plan.program || []) {
    for (const ref of entry.dataset || []) {
      const d = resolveRef(ref, c.dataset_items)
      if (!d) continue
      once(datasets, `d${ref}`, { feed: feedIdOf(d.feed_id), ranges: (d.ranges || []).map(([a, b]) => [Number(a), Number(b)]) })
    }
    for (const ref of entry.regions || []) {
      const r = resolveRef(ref, c.region_items)
      const g = r && geohash(r.geohash)
      if (g) once(regions, `r${g}`, g)
    }
    for (const ref of entry.performances || []) {
      const p = resolveRef(ref, c.performance_items)
      const latency = Number(p?.latency?.max)
      const bandwidth = Number(p?.bandwidth?.min)
      if (latency > 0 || bandwidth > 0) {
        once(performances, `p${ref}`, { latencyMs: latency > 0 ? Math.round(latency) : 0, bandwidthKbps: bandwidth > 0 ? Math.round(bandwidth) : 0 })
      }
    }
    for (const ref of entry.timetables || []) {
      const t = resolveRef(ref, c.timetable_items)
      if (t && [t.duration, t.interval, t.repeat].every((x) => Number(x) > 0)) {
        once(timetables, `t${ref}`, { duration: Number(t.duration), interval: Number(t.interval), repeat: Number(t.repeat) })
      }
    }
  }
  const duration = plan.duration || {}
  const from = Math.max(Number(duration.from) || 0, now)
  const until = Number(duration.until) > from ? Number(duration.until) : from + defaultBlocks
  return { from, until, datasets, regions, performances, timetables }
}

/**
 * `submit_storage_proof`'s proof of contact and proofs of a JS storage response, in the order of
 * the challenge's `checks`: the entry for each check's contract (`'fail'` entries and checks
 * without one: `null`, an unproved chunk); with a status other than `'success'` the hoster was not
 * reached: no proof of contact, no proofs (an accusation).
 * @param {object} response `{ storageChallengeID, status, proof_of_contact, reports }`
 * @param {{ contract: number, index: number }[]} checks the challenge's checks
 */
export function storageReport (response, checks) {
  if (response.status !== 'success' || !response.proof_of_contact) {
    return { proofOfContact: null, proofs: checks.map(() => null) }
  }
  const reports = (response.reports || []).filter((r) => r && typeof r === 'object')
  const used = new Set()
  const proofs = checks.map((check) => {
    const i = reports.findIndex((r, j) => !used.has(j) && Number(r.contractID) === check.contract)
    if (i < 0) return null
    used.add(i)
    try {
      const proof = parseProof(reports[i].p)
      if (!proof.block || !proof.block.value) return null
      return chunkProofOfProof(proof)
    } catch (_) {
      return null
    }
  })
  return { proofOfContact: hex0x(response.proof_of_contact), proofs }
}

/**
 * `submit_performance_proof`'s reports of JS performance reports (`{ "<hosterID>": { stats: {
 * latency }, proof_of_contact } | { status: 'fail' } }`), one per challenged hoster: a hoster left
 * out, failed or without a proof of contact is unreachable; one with a proof of contact but no
 * measurement (`stats: []`) reached at `UNMEASURED_LATENCY_MS`.
 * @param {object} reports
 * @param {number[]} hosters the challenge's hosters
 */
export function performanceReports (reports, hosters) {
  return hosters.map((hoster) => {
    const r = reports && reports[String(hoster)]
    if (!r || r.status === 'fail' || !r.proof_of_contact) return { hoster, unreachable: true }
    const latency = Number(r.stats && r.stats.latency)
    const bandwidth = Number(r.stats && r.stats.bandwidth)
    return {
      hoster,
      latencyMs: Number.isFinite(latency) && latency >= 0 ? Math.round(latency) : UNMEASURED_LATENCY_MS,
      bandwidthKbps: Number.isFinite(bandwidth) && bandwidth > 0 ? Math.round(bandwidth) : 0,
      proofOfContact: hex0x(r.proof_of_contact)
    }
  })
}

/**
 * A JS amendment report (`{ id, failed, signatures }` or the timeout path's `{ id, failed, sigs }`)
 * as `{ failed, contacts }`: failed providers by Noise key, each hoster's proof of contact by user
 * id (`sigs` name the hoster by Noise key: `userOfNoiseKey` resolves it). Failures make the report a
 * failure: its signatures are not sent.
 */
export async function amendmentReport (report, userOfNoiseKey) {
  const failed = (report.failed || []).map((k) => typeof k === 'number' ? k : bytes(k))
  if (failed.length) return { failed, contacts: [] }
  const contacts = []
  for (const [hoster, signature] of Object.entries(report.signatures || {})) {
    contacts.push({ hoster: Number(hoster), signature: hex0x(signature) })
  }
  for (const { proof_of_contact: signature, hosterkey } of report.sigs || []) {
    if (!signature || !hosterkey) continue
    const hoster = await userOfNoiseKey(bytes(hosterkey))
    if (hoster !== null && hoster !== undefined) contacts.push({ hoster, signature: hex0x(signature) })
  }
  return { failed: [], contacts }
}

/** The JS event names of this chain's datdot events, with their data in the JS order. */
export const EVENTS = {
  FeedPublished: (f) => ['FeedPublished', [f.feed]],
  HostingSetup: (f) => ['hostingSetup', [f.amendment]],
  RetryHostingSetup: (f) => ['retry_hostingSetup', [f.amendment]],
  HostingSetupFailed: (f) => ['hostingSetup_failed', [f.amendment]],
  HostingStarted: (f) => ['hostingStarted', [f.amendment]],
  HosterReplacement: (f) => ['hosterReplacement', [f.amendment]],
  DropHosting: (f) => ['dropHosting', [f.amendment, f.hoster]],
  StorageChallenge: (f) => ['storageChallenge', [f.id]],
  PerformanceChallenge: (f) => ['performanceChallenge', [f.id]],
  Paused: (f) => ['paused', [f.user]],
  StorageChallengeConfirmed: (f) => ['StorageChallengeConfirmed', [f.id]],
  PerformanceChallengeConfirmed: (f) => ['PerformanceChallengeConfirmed', [f.id]],
  PlanPublished: (f) => ['PlanPublished', [f.plan]],
  PlanEnded: (f) => ['unpublishPlan', [f.plan]]
}

/** The JS event of a plain datdot event, `{ section: 'datVerify', method, data }`, or null. */
export function jsEvent ({ section, name, fields }) {
  if (section !== 'datdot' || !EVENTS[name]) return null
  const [method, data] = EVENTS[name](fields)
  return { section: 'datVerify', method, data }
}

const AMENDMENT_TYPES = { HostingSetup: 'hostingSetup', RetryHostingSetup: 'retry_hostingSetup', HosterReplacement: 'hosterReplacement' }

/**
 * A JS amendment: `{ id, contract, providers: { encoders, hosters, attesters }, type, status,
 * positions?, ref? }`. A replacement's providers are the contract's hosters and encoders with the new
 * ones at the replaced `positions` (as the JS chain lists them); `status` is `'in progress'` or `'done'`
 * (or what the events said: `'fail'`).
 * @param {number} id
 * @param {object} a the chain's amendment (plain)
 * @param {object} [known] what the compat entry learnt from events: `{ status, positions, ref, base }`
 *   (`base`: the providers of the amendment it replaces)
 */
export function jsAmendment (id, a, known = {}) {
  const type = AMENDMENT_TYPES[a.kind] || a.kind
  let encoders = [...a.encoders]
  let hosters = [...a.hosters]
  let positions
  if (a.kind === 'HosterReplacement' && known.base && known.positions) {
    encoders = [...known.base.encoders]
    hosters = [...known.base.hosters]
    known.positions.forEach((p, i) => {
      if (a.hosters[i] !== undefined) hosters[p] = a.hosters[i]
      if (a.encoders[i] !== undefined) encoders[p] = a.encoders[i]
    })
    positions = [...known.positions]
  }
  const out = {
    id,
    contract: a.contract,
    providers: { encoders, hosters, attesters: [a.attester] },
    type,
    status: known.status || (a.status === 'Done' ? 'done' : 'in progress')
  }
  if (positions) out.positions = positions
  if (known.ref !== undefined) out.ref = known.ref
  return out
}

/** A JS contract: `{ id, plan, feed, ranges: [[first, last]], amendments, status }`. */
export function jsContract (id, c, amendments = []) {
  const status = { Waiting: 'pending', SettingUp: 'pending', Active: 'active' }[c.status] || 'pending'
  const list = [...amendments]
  if (c.amendment !== null && c.amendment !== undefined && !list.includes(c.amendment)) list.push(c.amendment)
  return { id, plan: c.plan, feed: c.feed, ranges: c.ranges.map((r) => [r.first, r.last]), amendments: list, status }
}

/** A JS user: `{ id, address, noiseKey, signingKey (bare hex), status: { paused? }, ... }`. */
export function jsUser (id, u) {
  const paused = u.provider && u.provider.paused
  return {
    id,
    address: u.account,
    noiseKey: u.keys ? bareHex(u.keys.noiseKey) : undefined,
    signingKey: u.keys ? bareHex(u.keys.signingKey) : undefined,
    status: paused ? { paused: { until: paused.until } } : {},
    form: u.provider ? u.provider.form : undefined,
    stats: u.stats
  }
}

/** A JS feed: `{ id, feedkey, swarmkey (bare hex), signatures: { length: sig }, contracts, publisher }`. */
export function jsFeed (id, f, contracts = []) {
  return {
    id,
    feedkey: bareHex(f.key),
    swarmkey: bareHex(f.swarmKey),
    signatures: { [String(f.length)]: bareHex(f.signature) },
    length: f.length,
    contracts: [...contracts],
    publisher: f.publisher
  }
}

/** A JS plan: `{ id, duration: { from, until }, program, sponsor, contracts }`. */
export function jsPlan (id, p) {
  return {
    id,
    duration: { from: p.from, until: p.until },
    program: [{ dataset: [...p.datasets], regions: [...p.regions], timetables: [...p.timetables], performances: [...p.performances] }],
    sponsor: p.sponsor,
    contracts: [...p.contracts]
  }
}

/** A JS storage challenge: `{ id, checks: { "<contract>": { index } }, hoster, attester, status }`. */
export function jsStorageChallenge (id, s, status = 'active') {
  const checks = {}
  for (const c of s.checks) checks[String(c.contract)] = { index: c.index }
  return { id, checks, hoster: s.hoster, attester: s.attester, status }
}

/** A JS performance challenge: `{ id, feed, hosters, attesters }`. */
export function jsPerformanceChallenge (id, p, status = 'active') {
  return { id, feed: p.feed, hosters: [...p.hosters], attesters: [p.attester], status }
}
