// From npm `hypercore` (v10) to what the chain takes: a feed's signed tree (`publish_feed`) and
// chunk proofs (`submit_storage_proof`, `answer_accusation`). A `Hypercore` in, call arguments out;
// the conversions of hypercore's own proof objects are exported for proofs that came from a peer.

const hex = (bytes) => '0x' + Buffer.from(bytes).toString('hex')

/**
 * A tree node as the chain takes it.
 * @param {{ index: number, size: number, hash: Uint8Array }} n
 */
export function treeNode (n) {
  return { index: n.index, size: n.size, hash: hex(n.hash) }
}

/**
 * The signed tree of a hypercore `upgrade` proof (from `start` 0): the feed's full roots at the
 * proof's length and the feed key's signature over them, as `publish_feed` takes it.
 * @param {{ fork: number, upgrade: { start: number, length: number, nodes: any[], signature: Uint8Array } }} proof
 */
export function signedTreeOfProof (proof) {
  const { upgrade } = proof
  if (!upgrade) throw new TypeError('the proof has no upgrade (the signed tree)')
  if (upgrade.start !== 0) throw new RangeError(`the upgrade starts at ${upgrade.start}, not 0: it does not carry all roots`)
  if ((upgrade.additionalNodes || []).length) throw new RangeError('the upgrade carries additional nodes: take a proof of the whole length')
  return {
    length: upgrade.length,
    fork: proof.fork,
    roots: upgrade.nodes.map(treeNode),
    signature: hex(upgrade.signature)
  }
}

/**
 * A chunk proof of a hypercore block proof (`block` with its value, and an `upgrade` from 0), as
 * `submit_storage_proof` takes it: the chunk, its path to a full root, the signed tree.
 * @param {{ fork: number, block: { index: number, value?: Uint8Array, nodes: any[] }, upgrade: any }} proof
 * @param {Uint8Array} [value] the chunk's bytes, when the proof does not carry them
 */
export function chunkProofOfProof (proof, value) {
  const { block } = proof
  if (!block) throw new TypeError('the proof has no block')
  const data = value || block.value
  if (!data) throw new TypeError(`the proof of block ${block.index} carries no value: pass the chunk`)
  return {
    index: block.index,
    data: hex(data),
    nodes: block.nodes.map(treeNode),
    tree: signedTreeOfProof(proof)
  }
}

/**
 * The feed's signed tree at its current length, for `publish_feed`.
 * @param {any} core a ready `Hypercore` (one that holds the tree, e.g. the writer's or a replica's)
 */
export async function signedTree (core) {
  const tree = core.core.tree
  return signedTreeOfProof(await tree.proof({ upgrade: { start: 0, length: core.length } }))
}

/**
 * `publish_feed`'s arguments for a hypercore: its key, discovery key and signed tree.
 * @param {any} core a ready `Hypercore`
 * @returns {Promise<{ feedKey: string, swarmKey: string, signedTree: object }>}
 */
export async function feedArgs (core) {
  return { feedKey: hex(core.key), swarmKey: hex(core.discoveryKey), signedTree: await signedTree(core) }
}

/**
 * A proof of chunk `index` of the feed at its current length, for `submit_storage_proof` and
 * `answer_accusation`.
 * @param {any} core a ready `Hypercore` holding the chunk
 * @param {number} index the chunk
 */
export async function chunkProof (core, index) {
  const tree = core.core.tree
  const proof = await tree.proof({ block: { index, nodes: 0 }, upgrade: { start: 0, length: core.length } })
  return chunkProofOfProof(proof, await core.get(index))
}
