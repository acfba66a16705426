// A development chain that starts with a population (the pallet's genesis `population`, see
// pallets/datdot/src/population.rs): a real npm `hypercore` feed, providers with keys this process
// holds, contracts hosted from genesis. Used by scripts/load.mjs and scripts/scale.mjs.
//
// The spec is the development preset (the `local` preset cut to its first validator, //Alice)
// with `datdot.population` added; the node builds its genesis from it at start.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Keyring } from '@polkadot/keyring'
import { encodeAddress, ed25519PairFromSeed, blake2AsU8a } from '@polkadot/util-crypto'
import { stringToU8a, u8aConcat } from '@polkadot/util'
import Hypercore from 'hypercore'
import RAM from 'random-access-memory'
import { signedTree } from 'datdot-chain-client'
import { nodeBinary } from './e2e/lib.mjs'

const bytes = (h) => [...Buffer.from(h.replace(/^0x/, ''), 'hex')]
const seed = (label, i) => blake2AsU8a(u8aConcat(stringToU8a(`datdot population ${label} `), stringToU8a(String(i))), 256)

/**
 * A hypercore feed of `length` chunks of `chunkSize` bytes (each chunk's bytes distinct).
 * @returns {Promise<any>} the ready writer `Hypercore`
 */
export async function makeFeed (length, chunkSize) {
  const core = new Hypercore(RAM)
  await core.ready()
  const batch = []
  for (let i = 0; i < length; i++) {
    const chunk = Buffer.alloc(chunkSize, i % 251)
    chunk.writeUInt32LE(i, 0)
    batch.push(chunk)
    if (batch.length === 64) await core.append(batch.splice(0))
  }
  if (batch.length) await core.append(batch)
  return core
}

/**
 * `n` providers. With `signers`, each has an ed25519 account key pair (to sign extrinsics) and its
 * signing key pair (proofs of contact); without, bare public keys (state only, nobody signs).
 */
export function makeProviders (n, { signers = false } = {}) {
  const keyring = new Keyring({ type: 'ed25519' })
  const providers = []
  for (let i = 0; i < n; i++) {
    const signing = signers ? ed25519PairFromSeed(seed('signing', i)) : { publicKey: seed('signing', i) }
    const account = signers ? keyring.addFromSeed(seed('account', i)) : null
    providers.push({
      account,
      address: account ? account.address : encodeAddress(seed('account', i)),
      signing,
      noiseKey: seed('noise', i)
    })
  }
  return providers
}

/**
 * Writes the chain spec of a population; returns its path and a `cleanup()`.
 * @param {{ feeds: any[], providers: any[], capacity: number, contracts: number, spread: number, planContracts?: number, until?: number, endowment?: bigint }} p
 */
export async function writeSpec ({ feeds, providers, capacity, contracts, spread, planContracts = 0, until = 1_000_000, endowment = 1_000n * 10n ** 12n }) {
  const local = JSON.parse(execFileSync(nodeBinary(), ['build-spec', '--chain', 'local'], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }))
  const patch = local.genesis.runtimeGenesis.patch
  patch.babe.authorities = patch.babe.authorities.slice(0, 1)
  patch.grandpa.authorities = patch.grandpa.authorities.slice(0, 1)
  const sponsor = patch.sudo.key
  const trees = await Promise.all(feeds.map(signedTree))
  patch.datdot = {
    population: {
      sponsor,
      feeds: feeds.map((core, i) => ({
        key: [...core.key],
        length: trees[i].length,
        roots: trees[i].roots.map((n) => [n.index, n.size, bytes(n.hash)]),
        signature: bytes(trees[i].signature)
      })),
      providers: providers.map((p) => ({ account: p.address, signingKey: [...p.signing.publicKey], noiseKey: [...p.noiseKey] })),
      capacity,
      endowment: Number(endowment),
      contracts,
      planContracts,
      until,
      spread
    }
  }
  const spec = { ...local, name: 'datdot population', id: 'datdot_population', chainType: 'Development', bootNodes: [] }
  const dir = mkdtempSync(join(tmpdir(), 'datdot-population-'))
  const path = join(dir, 'spec.json')
  writeFileSync(path, JSON.stringify(spec))
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
export { median }
