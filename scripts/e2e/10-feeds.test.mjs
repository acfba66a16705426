// publish_feed end to end: a real hypercore feed published by Alice through the client library,
// read back through storage and the runtime API, updated, and rejected when tampered with.
import assert from 'node:assert/strict'
import { Keyring } from '@polkadot/keyring'
import { signedTree, feedArgs } from 'datdot-chain-client'
import { makeFeed, errorOf, hex } from './lib.mjs'

const HELLO = ['Hello World!', 'Hallo Welt!', 'Bonjour le monde!', 'Hola Mundo!', 'Ciao mondo!', 'Olá Mundo!',
  'Hej världen!', 'Hei maailma!', 'Witaj świecie!', 'Ahoj světe!', 'Merhaba Dünya!', 'Γειά σου Κόσμε!',
  'Привет, мир!', 'こんにちは世界!', '你好，世界!', 'שלום עולם!', 'Salve, mundi!']

const keyring = () => new Keyring({ type: 'sr25519' })

export async function metadataDescribesThePallet ({ api }) {
  assert.ok(api.tx.datdot, 'pallet datdot in metadata')
  assert.equal(typeof api.tx.datdot.publishFeed, 'function')
  assert.deepEqual(api.tx.datdot.publishFeed.meta.args.map((a) => a.name.toString()), ['feedKey', 'swarmKey', 'signedTree'])
  assert.ok(api.events.datdot.FeedPublished)
  for (const item of ['nextId', 'users', 'userByAccount', 'feeds', 'feedByKey']) {
    assert.equal(typeof api.query.datdot[item], 'function', `storage ${item}`)
  }
  assert.ok(api.call.datdotApi && api.call.datdotApi.item && api.call.datdotApi.feedByKey, 'DatdotApi runtime API')
  assert.ok(api.consts.datdot.feedDeposit.toBigInt() > 0n)
}

export async function publishFeedAsAlice ({ api, client }) {
  const alice = keyring().addFromUri('//Alice')
  const core = await makeFeed(HELLO)
  const tree = await signedTree(core)
  assert.equal(tree.length, 17)
  assert.deepEqual(tree.roots.map((r) => r.index), [15, 32])
  const nextId = (await api.query.datdot.nextId()).toNumber()
  const freeBefore = (await api.query.system.account(alice.address)).data.reserved.toBigInt()

  const published = await client.publishFeed(alice, core)
  assert.equal(published.updated, false)
  const { feed, key, length, publisher } = published.event('FeedPublished')
  assert.equal(key, hex(core.key))
  assert.equal(length, 17)
  assert.equal(published.feed, feed)
  const user = await client.userOf(alice.address)
  assert.equal(user, await client.query('userByAccount', alice.address))
  assert.equal(publisher, user)
  assert.ok(feed >= nextId)

  // Storage as a client reads it.
  assert.equal(await client.query('feedByKey', hex(core.key)), feed)
  const stored = await client.query('feeds', feed)
  const deposit = api.consts.datdot.feedDeposit.toBigInt()
  const { treeHash, ...rest } = stored
  assert.match(treeHash, /^0x[0-9a-f]{64}$/)
  assert.deepEqual(rest, {
    key: hex(core.key),
    swarmKey: hex(core.discoveryKey),
    publisher: user,
    length: 17,
    byteLength: core.byteLength,
    signature: tree.signature,
    deposit,
    contracts: 0
  })
  const held = (await api.query.system.account(alice.address)).data.reserved.toBigInt()
  assert.equal(held - freeBefore, deposit, 'deposit held from the publisher')

  // The runtime API.
  const viaApi = await client.feedByKey(core.key)
  assert.equal(viaApi.id, feed)
  assert.equal(viaApi.length, 17)
  const item = await client.item(feed)
  assert.equal(item.type, 'Feed')
  assert.equal(item.key, hex(core.key))
  assert.equal(item.swarmKey, hex(core.discoveryKey))
  const userItem = await client.item(user)
  assert.equal(userItem.type, 'User')
  assert.equal(userItem.account, alice.address)
  assert.equal(await client.item(0), null)

  // A longer signed length updates the feed; an equal one is refused.
  await core.append(Buffer.from([0, 1, 2, 3, 255]))
  const bob = keyring().addFromUri('//Bob')
  const update = await client.publishFeed(bob, core)
  assert.equal(update.updated, true)
  assert.deepEqual(update.event('FeedUpdated'), { feed, key: hex(core.key), length: 18, previousLength: 17 })
  assert.equal((await client.query('feeds', feed)).length, 18)
  const again = client.datdot('publishFeed', [hex(core.key), hex(core.discoveryKey), tree], alice)
  assert.equal(await errorOf(again), 'datdot.FeedNotLonger')
  await core.close()
}

export async function tamperedSignatureFails ({ api, client }) {
  const alice = keyring().addFromUri('//Alice')
  const core = await makeFeed(HELLO.slice(0, 5))
  const tree = await signedTree(core)
  const sig = Buffer.from(tree.signature.slice(2), 'hex')
  sig[10] ^= 0x01
  const tampered = { ...tree, signature: hex(sig) }
  const refused = await client.datdot('publishFeed', [hex(core.key), hex(core.discoveryKey), tampered], alice).catch((e) => e)
  assert.equal(refused.id, 'datdot.BadFeedSignature')
  assert.match(refused.docs, /signature over the tree does not verify/, "the runtime's docs of the error")
  const { events } = refused.result
  assert.ok(events.some((e) => e.section === 'system' && e.name === 'ExtrinsicFailed'))
  assert.ok(!events.some((e) => e.name === 'FeedPublished'))
  assert.ok((await api.query.datdot.feedByKey(hex(core.key))).isNone, 'nothing stored')

  // A root hash flipped: the signature no longer covers the tree.
  const roots = tree.roots.map((r) => ({ ...r }))
  roots[0].hash = '0x' + (roots[0].hash[2] === '0' ? '1' : '0') + roots[0].hash.slice(3)
  const flipped = client.datdot('publishFeed', [hex(core.key), hex(core.discoveryKey), { ...tree, roots }], alice)
  assert.equal(await errorOf(flipped), 'datdot.BadFeedSignature')
  // Roots out of order.
  const c2 = await makeFeed(HELLO.slice(0, 3))
  const a2 = await feedArgs(c2)
  const t2 = a2.signedTree
  const reordered = client.datdot('publishFeed', [a2.feedKey, a2.swarmKey, { ...t2, roots: [t2.roots[1], t2.roots[0]] }], alice)
  assert.equal(await errorOf(reordered), 'datdot.WrongRootIndex')
  await core.close()
  await c2.close()
}

export async function unpublishReleasesDeposit ({ api, client }) {
  const charlie = keyring().addFromUri('//Charlie')
  const core = await makeFeed(['a', 'b', 'c', 'd'])
  const { feed } = await client.publishFeed(charlie, core)
  const reserved = (await api.query.system.account(charlie.address)).data.reserved.toBigInt()
  assert.equal(reserved, api.consts.datdot.feedDeposit.toBigInt())
  const bob = keyring().addFromUri('//Bob')
  assert.equal(await errorOf(client.unpublishFeed(bob, feed)), 'datdot.NotPublisher')
  const done = await client.unpublishFeed(charlie, feed)
  assert.deepEqual(done.event('FeedUnpublished'), { feed, key: hex(core.key) })
  assert.equal((await api.query.system.account(charlie.address)).data.reserved.toBigInt(), 0n)
  assert.ok((await api.query.datdot.feeds(feed)).isNone)
  await core.close()
}

export const tests = [
  metadataDescribesThePallet,
  publishFeedAsAlice,
  tamperedSignatureFails,
  unpublishReleasesDeposit,
]
