// Turns polkadot.js codec values into plain JavaScript: what a client compares, stores and prints.
//
//   integers   numbers, or BigInt above 64 bits (balances are u128)
//   bytes      '0x' hex strings (keys, hashes, signatures, chunk data)
//   accounts   SS58 strings, as the keyring prints them
//   Option     the value, or null
//   enums      the variant name for a unit variant ('Hoster'), else { Variant: value }
//   structs    objects keyed by the camelCase field names (`keys`, not polkadot.js' `keys_`)
//   vectors    arrays; maps: arrays of [key, value]
import { GenericAccountId } from '@polkadot/types'
import {
  AbstractInt, BitVec, Bool, BTreeMap, BTreeSet, Bytes, Enum, Null, Option, Raw, Result, Struct,
  Text, Tuple, U8aFixed, Vec, VecFixed
} from '@polkadot/types-codec'

/**
 * A codec value as plain JavaScript (see the module's table).
 * @param {any} value a polkadot.js codec (or already plain value)
 * @returns {any}
 */
export function plain (value) {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object') return value
  if (value instanceof GenericAccountId) return value.toString()
  if (value instanceof Option) return value.isSome ? plain(value.unwrap()) : null
  if (value instanceof Result) return value.isOk ? { Ok: plain(value.asOk) } : { Err: plain(value.asErr) }
  if (value instanceof AbstractInt) return value.bitLength() > 64 ? value.toBigInt() : value.toNumber()
  if (value instanceof Bool) return value.isTrue
  if (value instanceof Null) return null
  if (value instanceof Text) return value.toString()
  if (value instanceof U8aFixed || value instanceof Bytes || value instanceof Raw || value instanceof BitVec) return value.toHex()
  if (value instanceof Enum) return value.isBasic ? value.type : { [value.type]: plain(value.value) }
  if (value instanceof Struct) {
    // polkadot.js renames fields that clash with Map's own (`keys` is `keys_`); give them their
    // metadata names back (the JSON ones, in the same order).
    const names = [...value.keys()]
    const json = names.some((k) => k.endsWith('_')) ? Object.keys(value.toJSON()) : names
    const out = {}
    let i = 0
    for (const field of value.values()) out[json[i++]] = plain(field)
    return out
  }
  if (value instanceof BTreeMap) return [...value.entries()].map(([k, v]) => [plain(k), plain(v)])
  if (value instanceof BTreeSet) return [...value.values()].map(plain)
  if (value instanceof Vec || value instanceof VecFixed || value instanceof Tuple || Array.isArray(value)) {
    if (isByteVector(value)) return value.toHex()
    return [...value].map(plain)
  }
  if (typeof value.toJSON === 'function') return value.toJSON()
  return value
}

// A `Vec<u8>` that polkadot.js decoded as a vector of u8 (not as Bytes).
function isByteVector (value) {
  return typeof value.toRawType === 'function' && /^(Vec|BoundedVec)<u8>$|^\[u8;\d+\]$/.test(value.toRawType())
}

/**
 * An event's fields by name, as plain JavaScript (a field called `length` included, which
 * `event.data.length` would hide).
 * @param {any} event a polkadot.js event
 * @returns {Record<string, any>}
 */
export function eventFields (event) {
  const names = event.data.names || []
  const out = {}
  names.forEach((name, i) => { out[name] = plain(event.data[i]) })
  return out
}

/**
 * A polkadot.js event as `{ section, name, fields }`.
 * @param {any} event
 * @returns {{ section: string, name: string, fields: Record<string, any> }}
 */
export function plainEvent (event) {
  return { section: event.section, name: event.method, fields: eventFields(event) }
}
