// The signatures a provider makes are over the bytes the chain checks.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cryptoWaitReady, ed25519Verify, decodeAddress } from '@polkadot/util-crypto'
import { Keyring } from '@polkadot/keyring'
import { ed25519Pair, possessionMessage, proofOfPossession, proofOfContact, region } from '../src/keys.js'

await cryptoWaitReady()

test('the proof of possession signs "datdot register " ‖ account ‖ genesis hash', () => {
  const account = new Keyring({ type: 'sr25519' }).addFromUri('//Bob')
  const genesis = '0x' + 'ab'.repeat(32)
  const message = possessionMessage(account.address, genesis)
  assert.equal(message.length, 16 + 32 + 32)
  assert.equal(Buffer.from(message.subarray(0, 16)).toString(), 'datdot register ')
  assert.deepEqual(message.subarray(16, 48), decodeAddress(account.address))
  assert.deepEqual(Buffer.from(message.subarray(48)), Buffer.alloc(32, 0xab))
  const pair = ed25519Pair(Buffer.alloc(32, 9))
  const proof = proofOfPossession(pair, account.address, genesis)
  assert.ok(ed25519Verify(message, proof, pair.publicKey))
  // Another account's message does not verify with it.
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice')
  assert.ok(!ed25519Verify(possessionMessage(alice.address, genesis), proof, pair.publicKey))
})

test('a proof of contact signs the ASCII decimal id', () => {
  const pair = ed25519Pair()
  const sig = proofOfContact(pair, 4711)
  assert.match(sig, /^0x[0-9a-f]{128}$/)
  assert.ok(ed25519Verify(Buffer.from('4711'), sig, pair.publicKey))
  assert.ok(!ed25519Verify(Buffer.from('4712'), sig, pair.publicKey))
})

test('regions are lower-case geohash bytes; anything else is refused here', () => {
  assert.equal(region('u33dc0'), '0x' + Buffer.from('u33dc0').toString('hex'))
  assert.equal(region('X3F'.replace('X', 'U')), region('u3f'))
  assert.equal(region(''), '0x')
  for (const bad of ['a', 'i', 'l', 'o', 'u3 ', 'ü']) assert.throws(() => region(bad), /not a geohash/, bad)
})
