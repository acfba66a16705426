// One account's concurrent calls take consecutive nonces, in the order they were made; a refused
// call gives its nonce back; accounts do not wait for each other.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Nonces } from '../src/submit.js'

// The chain's next index per account (what `system_accountNextIndex` answers), counting the
// transactions the fake pool accepted.
function fakeChain () {
  const next = new Map()
  return {
    next,
    api: { rpc: { system: { accountNextIndex: async (a) => { await tick(); return { toNumber: () => next.get(a) || 0 } } } } },
    accept: (a, nonce) => { if (nonce !== (next.get(a) || 0)) throw new Error(`nonce ${nonce} is not next`); next.set(a, nonce + 1) }
  }
}
const tick = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5))

test('concurrent sends of one account take consecutive nonces', async () => {
  const chain = fakeChain()
  const nonces = new Nonces(chain.api)
  const order = []
  await Promise.all(Array.from({ length: 20 }, (_, i) => nonces.serialise('alice', async (nonce) => {
    await tick()
    chain.accept('alice', nonce)
    order.push([i, nonce])
  })))
  assert.deepEqual(order, Array.from({ length: 20 }, (_, i) => [i, i]))
})

test('a refused send gives its nonce back to the next one', async () => {
  const chain = fakeChain()
  const nonces = new Nonces(chain.api)
  const results = await Promise.allSettled([0, 1, 2].map((i) => nonces.serialise('bob', async (nonce) => {
    if (i === 1) throw new Error('1010: Invalid Transaction')
    chain.accept('bob', nonce)
    return nonce
  })))
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled'])
  assert.equal(results[0].value, 0)
  assert.equal(results[2].value, 1, 'the refused nonce was reused')
})

test('the chain\'s index wins when it is ahead (another process sent)', async () => {
  const chain = fakeChain()
  const nonces = new Nonces(chain.api)
  await nonces.serialise('carol', async (n) => chain.accept('carol', n))
  chain.next.set('carol', 5)
  assert.equal(await nonces.serialise('carol', async (n) => { chain.accept('carol', n); return n }), 5)
})

test('accounts do not queue behind each other', async () => {
  const chain = fakeChain()
  const nonces = new Nonces(chain.api)
  let release
  let started
  const sending = new Promise((resolve) => { started = resolve })
  const blocked = nonces.serialise('dave', () => new Promise((resolve) => { release = resolve; started() }))
  await sending
  // Dave's send is in flight and does not finish until released: Eve's goes meanwhile.
  const other = await nonces.serialise('eve', async (n) => n)
  assert.equal(other, 0)
  release()
  await blocked
})
