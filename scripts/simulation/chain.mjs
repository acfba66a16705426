// How a simulated role talks to the chain: through the client library (`client`), or through its
// datdot-chain-sdk entry (`compat`) with the shapes datdot-service's roles send and read. Both give
// the roles the same small interface:
//
//   register({ account, signing, noise, region }) -> user id
//   tasks(user, handler): handler({ kind: 'amendment', id, role, position, contract, attester, hosters })
//                        | { kind: 'storageChallenge', id, role, hoster, attester, checks: [{ contract, index }] }
//                        | { kind: 'performanceChallenge', id, role, feed, hosters }
//                        | { kind: 'dropHosting', id }
//   contract(id) -> { feed, ranges: [[first, last]] }, feedKey(feed) -> Buffer, noiseKey(user) -> hex
//   reportAmendment(signer, task, contacts, failed: [{ hoster, noise }]), reportStorage(signer, task, contact, proofs),
//   reportPerformance(signer, task, results)
//   proofs travel as datdot-codec strings (compat/codec.js); contacts as 0x hex signatures.
import { connect, faucet, tokens, chunkProofOfProof } from 'datdot-chain-client'
import { datdotChain, parseProof } from 'datdot-chain-client/compat'
import { providerForm } from '../fixtures/datdot-service.mjs'

export const FUNDS = 20000 // tokens each fresh account gets

/** The client library's way. */
export async function viaClient (url) {
  const client = await connect(url)
  const pay = faucet(client)
  return {
    client,
    async fund (address, amount = FUNDS) { await pay.fund(address, tokens(client, amount)) },
    async fundPlanck (address, planck) { await pay.fund(address, planck) },
    async register ({ account, signing, noise, region }) {
      await this.fund(account.address)
      const { user } = await client.registerForWork(account, {
        capacity: { encoder: 2, hoster: 2, attester: 2 }, signingPair: signing, noiseKey: noise,
        storage: 1n << 30n, region, performance: { latencyMs: 50, bandwidthKbps: 100000 }
      })
      return user
    },
    tasks (user, handler) {
      client.tasks(user, async (task) => {
        if (task.kind === 'amendment') {
          const fields = task.event || await amendmentOf(client, task.id)
          if (!fields) return
          handler({ kind: 'amendment', id: task.id, role: task.role, position: task.position, contract: task.contract, attester: fields.attester, hosters: fields.hosters, amendmentKind: task.amendmentKind })
        } else if (task.kind === 'storageChallenge') {
          const checks = task.checks || (await client.item(task.id) || {}).checks
          if (checks) handler({ kind: 'storageChallenge', id: task.id, role: task.role, hoster: task.hoster, attester: task.attester, checks })
        } else if (task.kind === 'performanceChallenge') {
          const hosters = task.hosters || (await client.item(task.id) || {}).hosters
          if (hosters) handler({ kind: 'performanceChallenge', id: task.id, role: task.role, feed: task.feed, hosters })
        } else if (task.kind === 'dropHosting') {
          handler({ kind: 'dropHosting', id: task.id })
        }
      })
    },
    async contract (id) {
      const c = await client.item(id)
      return { feed: c.feed, ranges: c.ranges.map((r) => [r.first, r.last]) }
    },
    async feedKey (feed) { return Buffer.from((await client.item(feed)).key.slice(2), 'hex') },
    async noiseKey (user) { return (await client.item(user)).keys.noiseKey.slice(2) },
    reportAmendment (signer, task, contacts, failed) {
      const report = task.amendmentKind === 'HosterReplacement' ? client.hosterReplacementReport : client.hostingSetupReport
      return report.call(client, signer, task.id, { contacts, failed: failed.map((f) => f.hoster) })
    },
    reportStorage (signer, task, contact, proofs) {
      return client.submitStorageProof(signer, task.id, contact, proofs.map((p) => p && chunkProofOfProof(parseProof(p))))
    },
    reportPerformance (signer, task, results) {
      return client.submitPerformanceProof(signer, task.id, results.map((r) => r.unreachable
        ? { hoster: r.hoster, unreachable: true }
        : { hoster: r.hoster, latencyMs: r.latencyMs, bandwidthKbps: 10000, proofOfContact: r.signature }))
    },
    close () { return client.disconnect() }
  }
}

async function amendmentOf (client, id) {
  const a = await client.item(id)
  return a && { attester: a.attester, hosters: a.hosters }
}

/** datdot-chain-sdk's way: the roles' JS shapes through the compat entry. */
export async function viaCompat (url, name) {
  const [host, port] = url.split(/:(?=\d+$)/)
  const chainAPI = await datdotChain({ name, config: { chain: [host, Number(port)] }, log: { sub: () => (m) => { if (m && m.type === 'error') console.error(JSON.stringify({ name, ...m })) } } })
  let nonce = 0
  const me = { address: null, user: null }
  return {
    client: chainAPI.client,
    chainAPI,
    async fund (address) { /* newUser funds */ },
    async register ({ account, signing, noise }) {
      me.address = account.address
      await chainAPI.newUser({ signer: account, nonce: nonce++, data: { signingPublicKey: Buffer.from(signing.publicKey), noiseKey: Buffer.from(noise), signingKeyPair: signing } })
      const now = await chainAPI.getBlockNumber()
      await chainAPI.registerForWork({ form: providerForm(now), signer: account, nonce: nonce++ })
      me.user = await chainAPI.getUserIDByNoiseKey(Buffer.from(noise))
      if (typeof me.user !== 'number') throw new Error('registration refused')
      return me.user
    },
    tasks (user, handler) {
      // As datdot-service's roles decide: query the item an event names, compare addresses.
      const mine = async (id) => id !== undefined && (await chainAPI.getUserAddress(id)) === me.address
      chainAPI.listenToEvents(async (event) => {
        const [id] = event.data
        if (['hostingSetup', 'retry_hostingSetup', 'hosterReplacement'].includes(event.method)) {
          const a = await chainAPI.getAmendmentByID(id)
          if (!a) return
          const kind = event.method === 'hosterReplacement' ? 'HosterReplacement' : 'HostingSetup'
          const newHosters = a.positions ? a.positions.map((p) => a.providers.hosters[p]) : a.providers.hosters
          const base = { kind: 'amendment', id, contract: a.contract, attester: a.providers.attesters[0], hosters: newHosters, amendmentKind: kind }
          if (await mine(a.providers.attesters[0])) handler({ ...base, role: 'Attester' })
          for (const [position, h] of a.providers.hosters.entries()) {
            if ((!a.positions || a.positions.includes(position)) && await mine(h)) handler({ ...base, role: 'Hoster', position })
          }
        } else if (event.method === 'storageChallenge') {
          const c = await chainAPI.getStorageChallengeByID(id)
          if (!c) return
          const checks = Object.entries(c.checks).map(([contract, { index }]) => ({ contract: Number(contract), index }))
          const base = { kind: 'storageChallenge', id, hoster: c.hoster, attester: c.attester, checks }
          if (await mine(c.attester)) handler({ ...base, role: 'Attester' })
          if (await mine(c.hoster)) handler({ ...base, role: 'Hoster' })
        } else if (event.method === 'performanceChallenge') {
          const c = await chainAPI.getPerformanceChallengeByID(id)
          if (c && await mine(c.attesters[0])) handler({ kind: 'performanceChallenge', id, role: 'Attester', feed: c.feed, hosters: c.hosters })
        } else if (event.method === 'dropHosting') {
          if (event.data[1] === user) handler({ kind: 'dropHosting', id })
        }
      })
    },
    async contract (id) {
      const c = await chainAPI.getContractByID(id)
      return { feed: c.feed, ranges: c.ranges }
    },
    async feedKey (feed) { return chainAPI.getFeedKey(feed) },
    async noiseKey (user) { return (await chainAPI.getHosterKey(user)).toString('hex') },
    reportAmendment (signer, task, contacts, failed) {
      const report = { id: task.id, failed: failed.map((f) => f.noise), signatures: Object.fromEntries(contacts.map((c) => [c.hoster, c.signature.slice(2)])) }
      return task.amendmentKind === 'HosterReplacement'
        ? chainAPI.hosterReplacementReport({ report, signer, nonce: nonce++ })
        : chainAPI.hostingSetupReport({ report, signer, nonce: nonce++ })
    },
    reportStorage (signer, task, contact, proofs) {
      const reports = task.checks.map((c, i) => proofs[i] ? { contractID: c.contract, p: proofs[i] } : 'fail')
      const response = { storageChallengeID: task.id, status: contact ? 'success' : 'fail', proof_of_contact: contact && contact.slice(2), reports }
      return chainAPI.submitStorageChallenge({ response, signer, nonce: nonce++ })
    },
    reportPerformance (signer, task, results) {
      const reports = {}
      for (const r of results) {
        reports[r.hoster] = r.unreachable ? { status: 'fail' } : { stats: { latency: r.latencyMs }, proof_of_contact: r.signature.slice(2) }
      }
      return chainAPI.submitPerformanceChallenge({ challengeID: task.id, reports, signer, nonce: nonce++ })
    },
    close () { return chainAPI.disconnect() }
  }
}
