// Codec values become the plain JavaScript the library promises.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { TypeRegistry } from '@polkadot/types'
import { plain } from '../src/plain.js'

const registry = new TypeRegistry()
registry.register({
  Check: { contract: 'u32', index: 'u64' },
  Role: { _enum: ['Encoder', 'Hoster', 'Attester'] },
  Task: { _enum: { Hosting: { contract: 'u32' }, Idle: 'Null' } },
  Report: { hoster: 'u32', proofOfContact: 'Option<[u8; 64]>', data: 'Vec<u8>', amount: 'u128', owner: 'AccountId32' },
  Holder: { keys: 'Vec<u32>', size: 'u32', hash: 'H256' }
})
const make = (type, value) => registry.createType(type, value)

test('numbers, big balances, bytes, options, enums, structs and vectors', () => {
  assert.equal(plain(make('u32', 7)), 7)
  assert.equal(plain(make('u64', 2 ** 40)), 2 ** 40)
  assert.equal(plain(make('u128', 10n ** 30n)), 10n ** 30n)
  assert.equal(plain(make('bool', true)), true)
  assert.equal(plain(make('Option<u32>', null)), null)
  assert.equal(plain(make('Option<u32>', 3)), 3)
  assert.equal(plain(make('Role', 'Hoster')), 'Hoster')
  assert.deepEqual(plain(make('Task', { Hosting: { contract: 9 } })), { Hosting: { contract: 9 } })
  assert.deepEqual(plain(make('Vec<Check>', [{ contract: 1, index: 5 }])), [{ contract: 1, index: 5 }])
  assert.deepEqual(plain(make('(u32, bool)', [4, false])), [4, false])
  const owner = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty'
  const report = plain(make('Report', { hoster: 2, proofOfContact: '0x' + '11'.repeat(64), data: '0x0102', amount: 5, owner }))
  assert.deepEqual(report, { hoster: 2, proofOfContact: '0x' + '11'.repeat(64), data: '0x0102', amount: 5n, owner })
  assert.equal(plain(make('Vec<u8>', [1, 2, 255])), '0x0102ff')
  // Fields polkadot.js renames (Map's own names) keep their metadata names.
  assert.deepEqual(plain(make('Holder', { keys: [1], size: 2, hash: '0x' + '00'.repeat(32) })), { keys: [1], size: 2, hash: '0x' + '00'.repeat(32) })
  assert.equal(plain(null), null)
  assert.equal(plain('already plain'), 'already plain')
})
