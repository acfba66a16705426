// datdot-codec's proof strings (`proof.js#to_string`), as datdot-service's roles send them in
// `publishPlan` (`proofs[].p`) and `submitStorageChallenge` (`reports[].p`): a hypercore proof as JSON,
// hashes and the signature as bare hex, the block's value as a UTF-8 string.

/**
 * A hypercore proof (`core.core.tree.proof(...)`) as datdot-codec writes it.
 * @param {any} proof
 * @param {Uint8Array} [value] the block's bytes, for a block proof
 */
export function proofString (proof, value) {
  const node = (n) => ({ index: n.index, size: n.size, hash: Buffer.from(n.hash).toString('hex') })
  const { upgrade, block } = proof
  return JSON.stringify({
    fork: proof.fork,
    block: block ? { index: block.index, value: value === undefined ? null : Buffer.from(value).toString(), nodes: block.nodes.map(node) } : null,
    hash: null,
    seek: null,
    upgrade: upgrade
      ? { start: upgrade.start, length: upgrade.length, nodes: upgrade.nodes.map(node), additionalNodes: (upgrade.additionalNodes || []).map(node), signature: Buffer.from(upgrade.signature).toString('hex') }
      : null
  })
}
