// The signatures a provider makes with its ed25519 signing key, byte for byte as the chain checks
// them.
import { u8aConcat, u8aToU8a, stringToU8a } from '@polkadot/util'
import { decodeAddress, ed25519PairFromSeed, ed25519Sign, randomAsU8a } from '@polkadot/util-crypto'

const hex = (bytes) => '0x' + Buffer.from(bytes).toString('hex')

/**
 * A new ed25519 key pair (a provider's signing key, or a Noise identity), from `seed` (32 bytes)
 * or random.
 * @param {Uint8Array} [seed]
 * @returns {{ publicKey: Uint8Array, secretKey: Uint8Array }}
 */
export function ed25519Pair (seed = randomAsU8a(32)) {
  return ed25519PairFromSeed(seed)
}

/**
 * What the signing key signs to prove it belongs to `account` on the chain with `genesisHash`:
 * `"datdot register " ‖ account (32 bytes) ‖ genesis hash`.
 * @param {string | Uint8Array} account SS58 address or public key
 * @param {string | Uint8Array} genesisHash
 */
export function possessionMessage (account, genesisHash) {
  return u8aConcat(stringToU8a('datdot register '), decodeAddress(account), u8aToU8a(genesisHash))
}

/**
 * The proof of possession `register_for_work` takes when it claims `pair`'s key for `account`.
 * @param {{ publicKey: Uint8Array, secretKey: Uint8Array }} pair the signing key pair
 * @param {string | Uint8Array} account
 * @param {string | Uint8Array} genesisHash
 * @returns {string} the signature, hex
 */
export function proofOfPossession (pair, account, genesisHash) {
  return hex(ed25519Sign(possessionMessage(account, genesisHash), pair))
}

/**
 * A proof of contact: the signing key's signature over the ASCII decimal id of the amendment or
 * challenge the signer was contacted for.
 * @param {{ publicKey: Uint8Array, secretKey: Uint8Array }} pair
 * @param {number} id
 * @returns {string} hex
 */
export function proofOfContact (pair, id) {
  return hex(ed25519Sign(stringToU8a(String(id)), pair))
}

const GEOHASH = /^[0-9b-hjkmnp-z]*$/

/**
 * A region as the chain stores it: the geohash's ASCII bytes (lower case; the chain refuses other
 * characters with `InvalidRegion`).
 * @param {string} geohash e.g. `u33dc0`
 * @returns {string} hex
 */
export function region (geohash) {
  const g = String(geohash).toLowerCase()
  if (!GEOHASH.test(g)) throw new RangeError(`'${geohash}' is not a geohash (0-9, b-h, j, k, m, n, p-z)`)
  return hex(Buffer.from(g, 'ascii'))
}
