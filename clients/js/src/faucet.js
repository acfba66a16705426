// A development faucet: funds fresh accounts from a well-known development account (`//Alice` on
// `--dev`). Transfers of one process go one after the other (the client's nonce queue); when
// several processes share the faucet account and two take the same nonce, the pool refuses one
// (`Priority is too low`, `Transaction is outdated`) and it is sent again with the next nonce.
import { Keyring } from '@polkadot/keyring'
import { ChainError } from './errors.js'

const RACES = /priority is too low|outdated|stale|already imported|future/i

/**
 * A faucet paying from `uri`'s account.
 * @param {import('./client.js').DatdotClient} client
 * @param {object} [opts]
 * @param {string} [opts.uri] the paying development account (default `//Alice`)
 * @param {number} [opts.attempts] tries per transfer when processes race (default 20)
 */
export function faucet (client, { uri = '//Alice', attempts = 20 } = {}) {
  const payer = new Keyring({ type: 'sr25519' }).addFromUri(uri)
  return {
    payer,
    /**
     * Sends `amount` (planck) to `address`; resolves in a block.
     * @param {string} address
     * @param {bigint | number} amount
     */
    async fund (address, amount) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await client.submit(client.api.tx.balances.transferKeepAlive(address, BigInt(amount)), payer)
        } catch (e) {
          const race = e instanceof ChainError && e.section === 'pool' && RACES.test(e.docs || '')
          if (!race || attempt >= attempts) throw e
          client.nonces.reset(payer.address)
          await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(Math.random() * 200)))
        }
      }
    }
  }
}

/**
 * `amount` in whole tokens as planck, by the chain's token decimals.
 * @param {import('./client.js').DatdotClient} client
 * @param {number | bigint} amount
 */
export function tokens (client, amount) {
  const decimals = client.api.registry.chainDecimals[0] ?? 12
  return BigInt(amount) * 10n ** BigInt(decimals)
}
