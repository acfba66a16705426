// A provider's tasks, one shape whether they come from an event or from the `open_tasks` runtime
// API:
//
//   { kind: 'amendment', id, contract, amendmentKind, role, position? }   set up or replace hosting
//       (amendmentKind: 'HostingSetup' | 'RetryHostingSetup' | 'HosterReplacement'; role:
//       'Attester' | 'Encoder' | 'Hoster'; position: the encoder's or hoster's index)
//   { kind: 'hosting', id: contract, contract, role: 'Hoster' }           host a contract's chunks
//   { kind: 'dropHosting', id: amendment, amendment, role: 'Hoster' }     stop hosting its contract
//   { kind: 'storageChallenge', id, hoster, attester, role, checks? }     attest / serve proofs
//   { kind: 'performanceChallenge', id, feed, role, hosters? }            measure / be measured
//   { kind: 'accusation', id, challenge, role: 'Hoster', checks, answerBy? } answer it
//
// Tasks from events carry `event`, the event's fields.

const AMENDMENT_EVENTS = { HostingSetup: 'HostingSetup', RetryHostingSetup: 'RetryHostingSetup', HosterReplacement: 'HosterReplacement' }

/** The key a task is delivered once by. */
export function taskKey (task) {
  return `${task.kind}:${task.id}:${task.role}`
}

/**
 * The tasks an event gives provider `user` (none if it does not name it).
 * @param {number} user
 * @param {{ section: string, name: string, fields: Record<string, any> }} event
 * @returns {object[]}
 */
export function taskOfEvent (user, { section, name, fields }) {
  if (section !== 'datdot') return []
  const out = []
  if (AMENDMENT_EVENTS[name]) {
    const base = { kind: 'amendment', id: fields.amendment, contract: fields.contract, amendmentKind: AMENDMENT_EVENTS[name], event: fields }
    if (fields.attester === user) out.push({ ...base, role: 'Attester' })
    fields.encoders.forEach((e, position) => { if (e === user) out.push({ ...base, role: 'Encoder', position }) })
    fields.hosters.forEach((h, position) => { if (h === user) out.push({ ...base, role: 'Hoster', position }) })
  } else if (name === 'DropHosting' && fields.hoster === user) {
    out.push({ kind: 'dropHosting', id: fields.amendment, amendment: fields.amendment, role: 'Hoster', event: fields })
  } else if (name === 'StorageChallenge') {
    const base = { kind: 'storageChallenge', id: fields.id, hoster: fields.hoster, attester: fields.attester, checks: fields.checks, event: fields }
    if (fields.attester === user) out.push({ ...base, role: 'Attester' })
    if (fields.hoster === user) out.push({ ...base, role: 'Hoster' })
  } else if (name === 'PerformanceChallenge') {
    const base = { kind: 'performanceChallenge', id: fields.id, feed: fields.feed, hosters: fields.hosters, event: fields }
    if (fields.attester === user) out.push({ ...base, role: 'Attester' })
    if (fields.hosters.includes(user)) out.push({ ...base, role: 'Hoster' })
  } else if (name === 'HosterAccused' && fields.hoster === user) {
    out.push({ kind: 'accusation', id: fields.accusation, challenge: fields.challenge, role: 'Hoster', checks: fields.checks, answerBy: fields.answerBy, event: fields })
  }
  return out
}

/**
 * A task of an `open_tasks` entry (plain: `{ Amendment: {...} }`, ...).
 * @param {number} user
 * @param {Record<string, any>} open
 */
export function taskOfOpenTask (user, open) {
  const [variant, v] = Object.entries(open)[0]
  switch (variant) {
    case 'Amendment':
      return { kind: 'amendment', id: v.amendment, contract: v.contract, amendmentKind: v.kind, role: v.role }
    case 'Hosting':
      return { kind: 'hosting', id: v.contract, contract: v.contract, role: 'Hoster' }
    case 'PerformanceChallenge':
      return { kind: 'performanceChallenge', id: v.challenge, feed: v.feed, role: 'Attester' }
    case 'StorageChallenge':
      return { kind: 'storageChallenge', id: v.challenge, hoster: v.hoster, attester: v.attester, role: v.hoster === user ? 'Hoster' : 'Attester' }
    case 'Accusation':
      return { kind: 'accusation', id: v.accusation, challenge: v.challenge, role: 'Hoster', checks: v.checks }
    default:
      return { kind: variant, id: null, role: null, raw: v }
  }
}
