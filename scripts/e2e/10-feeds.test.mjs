// publish_feed end to end: a real hypercore feed published by Alice, read back through storage and
// the runtime API, updated, and rejected when tampered with.
import assert from 'node:assert/strict'
import { Keyring } from '@polkadot/keyring'
import { makeFeed, signedTree, submit, hex, fields } from './lib.mjs'

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

export async function publishFeedAsAlice ({ api }) {
  const alice = keyring().addFromUri('//Alice')
  const core = await makeFeed(HELLO)
  const tree = await signedTree(core)
  assert.equal(tree.length, 17)
  assert.deepEqual(tree.roots.map((r) => r.index), [15, 32])
  const nextId = (await api.query.datdot.nextId()).toNumber()
  const freeBefore = (await api.query.system.account(alice.address)).data.reserved.toBigInt()

  const { events, error } = await submit(api, api.tx.datdot.publishFeed(hex(core.key), hex(core.discoveryKey), tree), alice)
  assert.equal(error, null)
  const published = events.find((e) => api.events.datdot.FeedPublished.is(e))
  assert.ok(published, 'FeedPublished emitted')
  const { feed, key, length, publisher } = fields(published)
  assert.equal(key.toHex(), hex(core.key))
  assert.equal(length.toNumber(), 17)
  const user = (await api.query.datdot.userByAccount(alice.address)).unwrap().toNumber()
  assert.equal(publisher.toNumber(), user)
  assert.ok(feed.toNumber() >= nextId)

  // Storage as a client reads it.
  assert.equal((await api.query.datdot.feedByKey(hex(core.key))).unwrap().toNumber(), feed.toNumber())
  const stored = (await api.query.datdot.feeds(feed)).unwrap()
  assert.equal(stored.key.toHex(), hex(core.key))
  assert.equal(stored.swarmKey.toHex(), hex(core.discoveryKey))
  assert.equal(stored.length.toNumber(), 17)
  assert.equal(stored.byteLength.toNumber(), core.byteLength)
  assert.equal(stored.signature.toHex(), tree.signature)
  assert.equal(stored.publisher.toNumber(), user)
  const deposit = api.consts.datdot.feedDeposit.toBigInt()
  assert.equal(stored.deposit.toBigInt(), deposit)
  const held = (await api.query.system.account(alice.address)).data.reserved.toBigInt()
  assert.equal(held - freeBefore, deposit, 'deposit held from the publisher')

  // The runtime API.
  const viaApi = (await api.call.datdotApi.feedByKey(hex(core.key))).unwrap()
  assert.equal(viaApi[0].toNumber(), feed.toNumber())
  assert.equal(viaApi[1].length.toNumber(), 17)
  const item = (await api.call.datdotApi.item(feed)).unwrap()
  assert.ok(item.isFeed)
  assert.equal(item.asFeed.key.toHex(), hex(core.key))
  const userItem = (await api.call.datdotApi.item(user)).unwrap()
  assert.ok(userItem.isUser)
  assert.equal(userItem.asUser.account.toString(), alice.address)
  assert.ok((await api.call.datdotApi.item(0)).isNone)

  // A longer signed length updates the feed; an equal one is refused.
  await core.append(Buffer.from([0, 1, 2, 3, 255]))
  const longer = await signedTree(core)
  const bob = keyring().addFromUri('//Bob')
  const update = await submit(api, api.tx.datdot.publishFeed(hex(core.key), hex(core.discoveryKey), longer), bob)
  assert.equal(update.error, null)
  const updated = update.events.find((e) => api.events.datdot.FeedUpdated.is(e))
  assert.ok(updated, 'FeedUpdated emitted')
  assert.equal(fields(updated).length.toNumber(), 18)
  assert.equal(fields(updated).previousLength.toNumber(), 17)
  assert.equal((await api.query.datdot.feeds(feed)).unwrap().length.toNumber(), 18)
  const again = await submit(api, api.tx.datdot.publishFeed(hex(core.key), hex(core.discoveryKey), tree), alice)
  assert.equal(again.error, 'datdot.FeedNotLonger')
  await core.close()
}

export async function tamperedSignatureFails ({ api }) {
  const alice = keyring().addFromUri('//Alice')
  const core = await makeFeed(HELLO.slice(0, 5))
  const tree = await signedTree(core)
  const sig = Buffer.from(tree.signature.slice(2), 'hex')
  sig[10] ^= 0x01
  const tampered = { ...tree, signature: hex(sig) }
  const { events, error } = await submit(api, api.tx.datdot.publishFeed(hex(core.key), hex(core.discoveryKey), tampered), alice)
  assert.equal(error, 'datdot.BadFeedSignature')
  assert.ok(events.some((e) => api.events.system.ExtrinsicFailed.is(e)))
  assert.ok(!events.some((e) => api.events.datdot.FeedPublished.is(e)))
  assert.ok((await api.query.datdot.feedByKey(hex(core.key))).isNone, 'nothing stored')

  // A root hash flipped: the signature no longer covers the tree.
  const roots = tree.roots.map((r) => ({ ...r }))
  roots[0].hash = '0x' + (roots[0].hash[2] === '0' ? '1' : '0') + roots[0].hash.slice(3)
  const flipped = await submit(api, api.tx.datdot.publishFeed(hex(core.key), hex(core.discoveryKey), { ...tree, roots }), alice)
  assert.equal(flipped.error, 'datdot.BadFeedSignature')
  // Roots out of order.
  const c2 = await makeFeed(HELLO.slice(0, 3))
  const t2 = await signedTree(c2)
  const reordered = await submit(api, api.tx.datdot.publishFeed(hex(c2.key), hex(c2.discoveryKey), { ...t2, roots: [t2.roots[1], t2.roots[0]] }), alice)
  assert.equal(reordered.error, 'datdot.WrongRootIndex')
  await core.close()
  await c2.close()
}

export async function unpublishReleasesDeposit ({ api }) {
  const charlie = keyring().addFromUri('//Charlie')
  const core = await makeFeed(['a', 'b', 'c', 'd'])
  const { events, error } = await submit(api, api.tx.datdot.publishFeed(hex(core.key), hex(core.discoveryKey), await signedTree(core)), charlie)
  assert.equal(error, null)
  const feed = events.find((e) => api.events.datdot.FeedPublished.is(e)).data.feed
  const reserved = (await api.query.system.account(charlie.address)).data.reserved.toBigInt()
  assert.equal(reserved, api.consts.datdot.feedDeposit.toBigInt())
  const bob = keyring().addFromUri('//Bob')
  assert.equal((await submit(api, api.tx.datdot.unpublishFeed(feed), bob)).error, 'datdot.NotPublisher')
  const done = await submit(api, api.tx.datdot.unpublishFeed(feed), charlie)
  assert.equal(done.error, null)
  assert.ok(done.events.some((e) => api.events.datdot.FeedUnpublished.is(e)))
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
