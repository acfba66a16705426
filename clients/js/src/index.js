// datdot-chain-client: a client library for datdot-chain on @polkadot/api.
export { connect, DatdotClient, planForm, SIGNED_EXTENSIONS } from './client.js'
export { ChainError } from './errors.js'
export { Nonces, signAndSubmit } from './submit.js'
export { plain, plainEvent, eventFields } from './plain.js'
export { signedTree, feedArgs, chunkProof, signedTreeOfProof, chunkProofOfProof, treeNode, rootOfProof, reportProofs } from './hypercore.js'
export { ed25519Pair, possessionMessage, proofOfPossession, proofOfContact, region } from './keys.js'
export { taskOfEvent, taskOfOpenTask, taskKey } from './tasks.js'
export { faucet, tokens } from './faucet.js'
