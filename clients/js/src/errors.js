// The errors a call rejects with.

/**
 * A call the chain refused: dispatched and failed (`section.name` of the runtime's error, with its
 * docs), or refused by the pool before any block (`Invalid`, `Dropped`, `Usurped`), or not in a
 * block in time.
 */
export class ChainError extends Error {
  /**
   * @param {object} what
   * @param {string} what.section the pallet (`datdot`, `balances`, ...) or `pool` / `client`
   * @param {string} what.name the error's name (`BudgetTooLow`), or the pool status
   * @param {string} [what.docs] the runtime's documentation of the error
   * @param {object} [what.result] the call's outcome so far (events, block) when it was dispatched
   */
  constructor ({ section, name, docs = '', result = null }) {
    super(docs ? `${section}.${name}: ${docs}` : `${section}.${name}`)
    this.section = section
    this.name = 'ChainError'
    this.error = name
    this.docs = docs
    // Not enumerable: a logged error stays one line, the records are there to read.
    Object.defineProperty(this, 'result', { value: result, enumerable: false, writable: true })
  }

  /** `section.name`, e.g. `datdot.NotAttester`. */
  get id () { return `${this.section}.${this.error}` }
}

/**
 * The `ChainError` for a polkadot.js `DispatchError`.
 * @param {import('@polkadot/api').ApiPromise} api
 * @param {any} dispatchError
 * @param {object} [result]
 */
export function dispatchFailure (api, dispatchError, result = null) {
  if (dispatchError.isModule) {
    const meta = api.registry.findMetaError(dispatchError.asModule)
    return new ChainError({ section: meta.section, name: meta.name, docs: meta.docs.join(' ').trim(), result })
  }
  if (dispatchError.isToken) return new ChainError({ section: 'token', name: dispatchError.asToken.type, result })
  if (dispatchError.isArithmetic) return new ChainError({ section: 'arithmetic', name: dispatchError.asArithmetic.type, result })
  return new ChainError({ section: 'dispatch', name: dispatchError.type, result })
}
