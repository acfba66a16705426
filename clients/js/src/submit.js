// Signing and sending: one queue per signer, so concurrent calls of one account never take the
// same nonce, and each call resolves when it is in a block, with its events.
import { ChainError, dispatchFailure } from './errors.js'
import { plainEvent } from './plain.js'

/**
 * What a call did: the block it is in and its events (this extrinsic's only).
 * @typedef {object} Included
 * @property {string} blockHash
 * @property {number} blockNumber
 * @property {number} nonce the nonce it was signed with
 * @property {{ section: string, name: string, fields: Record<string, any> }[]} events
 * @property {any[]} records the polkadot.js event records
 * @property {(name: string, section?: string) => Record<string, any> | undefined} event the
 *   fields of the first event called `name` (of `section`, `datdot` by default)
 * @property {(name: string, section?: string) => Record<string, any>[]} eventsNamed every such event's fields
 */

/**
 * Hands out nonces per account: the chain's next index (pool included) or, when calls of the
 * account are in flight, the one after the last handed out, whichever is higher. A call the pool
 * refuses, or that is dropped later, gives its nonce back (the next call asks the chain again).
 */
export class Nonces {
  /** @param {import('@polkadot/api').ApiPromise} api */
  constructor (api) {
    this.api = api
    this.queues = new Map() // address -> promise of the last queued sign-and-send
    this.next = new Map() // address -> next nonce to hand out
  }

  /**
   * Runs `send(nonce)` for `address` after the account's earlier sends; `send` resolves once the
   * pool has accepted the transaction.
   * @template T
   * @param {string} address
   * @param {(nonce: number) => Promise<T>} send
   * @returns {Promise<T>}
   */
  async serialise (address, send) {
    const before = this.queues.get(address) || Promise.resolve()
    let release
    const mine = new Promise((resolve) => { release = resolve })
    const queued = before.then(() => mine)
    this.queues.set(address, queued)
    await before
    try {
      const chain = (await this.api.rpc.system.accountNextIndex(address)).toNumber()
      const nonce = Math.max(chain, this.next.get(address) ?? 0)
      const out = await send(nonce)
      this.next.set(address, nonce + 1)
      return out
    } catch (e) {
      this.next.delete(address)
      throw e
    } finally {
      release()
      if (this.queues.get(address) === queued) this.queues.delete(address)
    }
  }

  /** Forgets what was handed out to `address`: the next call asks the chain. */
  reset (address) { this.next.delete(address) }
}

/**
 * Signs `tx` with `signer` and sends it; resolves when it is in a block (or finalized, with
 * `finalized: true`) with what it did, rejects with a `ChainError` when it failed or the pool
 * refused it.
 * @param {import('@polkadot/api').ApiPromise} api
 * @param {Nonces} nonces
 * @param {any} tx a polkadot.js submittable
 * @param {any} signer a keyring pair (or an address with `options.signer`)
 * @param {object} [opts]
 * @param {boolean} [opts.finalized] wait for finality, not inclusion
 * @param {number} [opts.timeoutMs] reject when not in a block by then (default 120 s)
 * @param {object} [opts.options] further polkadot.js signer options (`tip`, `mode`, `metadataHash`, ...)
 * @returns {Promise<Included>}
 */
export function signAndSubmit (api, nonces, tx, signer, { finalized = false, timeoutMs = 120000, options = {} } = {}) {
  const address = typeof signer === 'string' ? signer : signer.address
  return new Promise((resolve, reject) => {
    let unsub = null
    let done = false
    let nonceUsed = -1
    const finish = (fn, value) => {
      if (done) return
      done = true
      clearTimeout(timer)
      if (unsub) unsub()
      fn(value)
    }
    const timer = setTimeout(() => finish(reject, new ChainError({ section: 'client', name: 'Timeout', docs: `not in a block within ${timeoutMs} ms` })), timeoutMs)
    const onStatus = (result) => {
      const { status } = result
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        nonces.reset(address)
        return finish(reject, new ChainError({ section: 'pool', name: status.type, docs: `the transaction pool reported ${status.type}` }))
      }
      const inBlock = status.isInBlock || status.isFinalized
      if (!inBlock || (finalized && !status.isFinalized)) return
      const blockHash = (status.isInBlock ? status.asInBlock : status.asFinalized).toHex()
      api.rpc.chain.getHeader(blockHash).then((header) => {
        const included = describe(blockHash, header.number.toNumber(), nonceUsed, result.events)
        if (result.dispatchError) finish(reject, dispatchFailure(api, result.dispatchError, included))
        else finish(resolve, included)
      }, (e) => finish(reject, e))
    }
    nonces.serialise(address, async (nonce) => {
      nonceUsed = nonce
      unsub = await tx.signAndSend(signer, { ...options, nonce }, onStatus)
      if (done) unsub()
    }).catch((e) => finish(reject, poolRefusal(e)))
  })
}

function describe (blockHash, blockNumber, nonce, records) {
  const events = records.map((r) => plainEvent(r.event))
  const named = (name, section = 'datdot') => events.filter((e) => e.name === name && e.section === section).map((e) => e.fields)
  return {
    blockHash,
    blockNumber,
    nonce,
    events,
    records,
    event: (name, section) => named(name, section)[0],
    eventsNamed: named
  }
}

// An RPC refusal (`1010: Invalid Transaction: ...`) as a ChainError.
function poolRefusal (e) {
  if (e instanceof ChainError) return e
  const message = (e && e.message) || String(e)
  const m = /^(\d+): (.*)$/.exec(message)
  if (m) return new ChainError({ section: 'pool', name: m[1] === '1010' ? 'Invalid' : `Rpc${m[1]}`, docs: m[2] })
  return e
}
