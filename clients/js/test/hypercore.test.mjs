// The library's Hypercore conversions give exactly the vectors the chain's verifier is tested
// on (primitives/tests/fixtures/hypercore.json, made by npm hypercore with fixed keys), and
// refuse proofs they cannot convert.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import Hypercore from 'hypercore'
import crypto from 'hypercore-crypto'
import RAM from 'random-access-memory'
import { signedTree, feedArgs, chunkProof, chunkProofOfProof, signedTreeOfProof, rootOfProof, reportProofs } from '../src/hypercore.js'

const fixture = JSON.parse(readFileSync(new URL('../../../primitives/tests/fixtures/hypercore.json', import.meta.url)))
const strip = (h) => h.replace(/^0x/, '')
const bare = (tree) => ({ ...tree, roots: tree.roots.map((r) => ({ ...r, hash: strip(r.hash) })), signature: strip(tree.signature) })

async function fixtureFeed () {
  const core = new Hypercore(RAM, { keyPair: crypto.keyPair(Buffer.alloc(32, 1)) })
  await core.ready()
  return core
}

test('signed trees and chunk proofs are the fixture\'s', async () => {
  const core = await fixtureFeed()
  const words = fixture.feed.blocks.slice(0, 17).map((b) => Buffer.from(b.data, 'hex'))
  await core.append(words[0])
  assert.deepEqual(bare(await signedTree(core)), fixture.feed.trees[0])
  await core.append(words.slice(1, 16))
  assert.deepEqual(bare(await signedTree(core)), fixture.feed.trees[1])
  await core.append(words[16])
  assert.deepEqual(bare(await signedTree(core)), fixture.feed.trees[2])
  await core.append(Buffer.from(fixture.feed.blocks[17].data, 'hex'))
  const args = await feedArgs(core)
  assert.equal(args.feedKey, '0x' + fixture.feed.key)
  assert.equal(args.swarmKey, '0x' + fixture.feed.discovery_key)
  assert.deepEqual(bare(args.signedTree), fixture.feed.trees[3])
  for (const expected of fixture.feed.blocks) {
    const p = await chunkProof(core, expected.index)
    assert.deepEqual({
      index: p.index,
      data: strip(p.data),
      nodes: p.nodes.map((n) => ({ ...n, hash: strip(n.hash) })),
      tree: bare(p.tree)
    }, expected, `block ${expected.index}`)
  }
  await core.close()
})

test('a proof without what the chain needs is refused, not half converted', async () => {
  const core = await fixtureFeed()
  await core.append(['a', 'b', 'c'].map((s) => Buffer.from(s)))
  const tree = core.core.tree
  const noBlock = await tree.proof({ upgrade: { start: 0, length: 3 } })
  assert.throws(() => chunkProofOfProof(noBlock), /no block/)
  const block = await tree.proof({ block: { index: 1, nodes: 0 }, upgrade: { start: 0, length: 3 } })
  assert.throws(() => chunkProofOfProof(block), /carries no value/)
  assert.equal(chunkProofOfProof(block, Buffer.from('b')).data, '0x62')
  assert.throws(() => signedTreeOfProof({ fork: 0, upgrade: null }), /no upgrade/)
  assert.throws(() => signedTreeOfProof({ fork: 0, upgrade: { start: 1, length: 3, nodes: [], signature: Buffer.alloc(64) } }), /starts at 1/)
  await core.close()
})

test('a report carries each feed\'s signed tree once, with all its roots, and per chunk its path', async () => {
  const core = await fixtureFeed()
  await core.append(fixture.feed.blocks.map((b) => Buffer.from(b.data, 'hex')))
  const other = new Hypercore(RAM)
  await other.ready()
  await other.append(['x', 'y', 'z'].map((s) => Buffer.from(s)))
  const proofs = [await chunkProof(core, 5), await chunkProof(other, 2), await chunkProof(core, 17)]
  // The root each path leads to completes its tree to the feed's signed tree.
  assert.deepEqual(bare({ ...proofs[0].tree, roots: [rootOfProof(proofs[0]), ...proofs[0].tree.roots] }), fixture.feed.trees[3])
  const report = reportProofs(proofs)
  assert.equal(report.trees.length, 2, 'one tree per feed')
  assert.deepEqual(bare(report.trees[0]), fixture.feed.trees[3])
  assert.deepEqual(report.trees[1], await signedTree(other))
  assert.deepEqual(report.chunks.map((c) => c.tree), [0, 1, 0])
  assert.deepEqual(report.chunks[0].path, proofs[0].nodes.map(({ size, hash }) => ({ size, hash })))
  assert.equal(report.chunks[2].data, proofs[2].data)
  // A check without a proof makes the report an accusation.
  assert.equal(reportProofs([proofs[0], null]), null)
  await core.close()
  await other.close()
})
