// From npm `hypercore` (v10) to what the chain takes: a feed's signed tree (`publish_feed`) and
// chunk proofs (`submit_storage_proof`, `answer_accusation`). A `Hypercore` in, call arguments out;
// the conversions of hypercore's own proof objects are exported for proofs that came from a peer.
import { blake2AsU8a } from '@polkadot/util-crypto'

const hex = (bytes) => '0x' + Buffer.from(bytes).toString('hex')
const bytes = (h) => typeof h === 'string' ? Buffer.from(h.replace(/^0x/, ''), 'hex') : Buffer.from(h)
const u64le = (n) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(n)); return b }

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

// Hypercore's tree hashes (BLAKE2b-256): a leaf over its bytes, a parent over its two children.
const leafHash = (data) => blake2AsU8a(Buffer.concat([Buffer.from([0]), u64le(data.length), data]), 256)
const parentHash = (l, r) => blake2AsU8a(Buffer.concat([Buffer.from([1]), u64le(BigInt(l.size) + BigInt(r.size)), bytes(l.hash), bytes(r.hash)]), 256)

/**
 * The full root a chunk proof's path leads to: `{ index, size, hash }`.
 * @param {{ index: number, data: string, nodes: { index: number, size: number, hash: string }[] }} proof
 */
export function rootOfProof (proof) {
  const data = bytes(proof.data)
  let node = { index: 2 * proof.index, size: data.length, hash: leafHash(data) }
  for (const sibling of proof.nodes) {
    const [l, r] = sibling.index < node.index ? [sibling, node] : [node, sibling]
    node = { index: (l.index + r.index) / 2, size: Number(BigInt(l.size) + BigInt(r.size)), hash: parentHash(l, r) }
  }
  return { index: node.index, size: node.size, hash: hex(node.hash) }
}

/**
 * A report's proofs, as `submit_storage_proof` and `answer_accusation` take them, of one chunk
 * proof per check (`chunkProof`, `chunkProofOfProof`), in the checks' order: each feed's signed
 * tree once, with all its full roots, then per chunk its bytes and its path's sizes and hashes.
 * `null` when any check has no proof (the report is then an accusation).
 * @param {(object | null)[]} proofs
 * @returns {{ trees: object[], chunks: { tree: number, data: string, path: { size: number, hash: string }[] }[] } | null}
 */
export function reportProofs (proofs) {
  if (proofs.some((p) => !p)) return null
  const trees = []
  const at = new Map()
  const chunks = proofs.map((p) => {
    const key = `${p.tree.signature}/${p.tree.length}`
    if (!at.has(key)) {
      const root = rootOfProof(p)
      const roots = [...p.tree.roots, root].sort((a, b) => a.index - b.index)
      at.set(key, trees.length)
      trees.push({ ...p.tree, roots })
    }
    return { tree: at.get(key), data: p.data, path: p.nodes.map(({ size, hash }) => ({ size, hash })) }
  })
  return { trees, chunks }
}
