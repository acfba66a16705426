// The runtime as governance and wallets meet it: development blocks are BABE blocks with VRF
// outputs and epoch changes, timing parameters changed through `parameters.setParameter` by root
// only and within their ranges, raw state edits refused, and a transaction signed over the metadata
// hash (`CheckMetadataHash`, mode 1) accepted.
import assert from 'node:assert/strict'
import { Keyring } from '@polkadot/keyring'
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata'
import { submit, asRoot, fields, hex } from './lib.mjs'

const keyring = () => new Keyring({ type: 'sr25519' })
const reportTimeout = { Datdot: { ReportTimeout: null } }

export async function developmentBlocksAreBabeBlocks ({ api }) {
  const alice = keyring().addFromUri('//Alice')
  const epoch = async () => (await api.query.babe.epochIndex()).toNumber()
  // Each development block starts a new epoch (it is one epoch after its parent), so the
  // randomness selections draw from is new in every block.
  for (let i = 0; i < 3; i++) {
    const before = await epoch()
    assert.equal((await submit(api, api.tx.system.remark('0x00'), alice)).error, null)
    assert.equal(await epoch(), before + 1, 'a new epoch with the block')
  }
  const head = (await api.rpc.chain.getHeader()).number.toNumber()
  for (let n = 1; n <= head; n++) {
    const header = await api.rpc.chain.getHeader(await api.rpc.chain.getBlockHash(n))
    const [engine, data] = header.digest.logs.find((l) => l.isPreRuntime).asPreRuntime
    assert.equal(engine.toString(), 'BABE', `block #${n} is a BABE block`)
    const digest = data.toU8a(true)
    // Primary (1) or secondary VRF (3), by //Alice, the only authority (index 0).
    assert.ok(digest[0] === 1 || digest[0] === 3, `block #${n}: a VRF pre-digest, not kind ${digest[0]}`)
    assert.equal(api.createType('u32', digest.subarray(1, 5)).toNumber(), 0)
  }
  const next = await api.query.babe.nextRandomness()
  assert.notEqual(next.toHex(), '0x' + '00'.repeat(32), 'randomness from the last epoch\'s VRF outputs')
}

export async function timingIsGovernedThroughParameters ({ api }) {
  const alice = keyring().addFromUri('//Alice')
  const bob = keyring().addFromUri('//Bob')
  assert.ok(api.tx.parameters.setParameter, 'pallet parameters in metadata')
  assert.ok((await api.query.parameters.parameters(reportTimeout)).isNone, 'the default until set')

  const set = (blocks) => api.tx.parameters.setParameter({ Datdot: { ReportTimeout: [null, blocks] } })
  const { events, error } = await asRoot(api, set(7), alice)
  assert.equal(error, null)
  const updated = events.find((e) => api.events.parameters.Updated.is(e))
  assert.ok(updated, 'parameters.Updated emitted')
  assert.equal(fields(updated).newValue.unwrap().toJSON().datdot.reportTimeout, 7)
  assert.equal((await api.query.parameters.parameters(reportTimeout)).unwrap().toJSON().datdot.reportTimeout, 7)

  // Not by a signed origin; not outside its range.
  assert.equal((await submit(api, set(9), bob)).error, 'BadOrigin')
  for (const blocks of [0, 1, 601]) {
    assert.equal((await asRoot(api, set(blocks), alice)).error, 'system.CallFiltered', `ReportTimeout ${blocks}`)
  }
  assert.equal((await api.query.parameters.parameters(reportTimeout)).unwrap().toJSON().datdot.reportTimeout, 7)

  // Reset: the default again.
  assert.equal((await asRoot(api, set(null), alice)).error, null)
  assert.ok((await api.query.parameters.parameters(reportTimeout)).isNone)
}

export async function rawStateEditsAreRefused ({ api }) {
  const alice = keyring().addFromUri('//Alice')
  const key = hex(Buffer.from('datdot-e2e-raw-edit'))
  const { error } = await asRoot(api, api.tx.system.setStorage([[key, '0x01']]), alice)
  assert.equal(error, 'system.CallFiltered')
  assert.equal((await api.rpc.state.getStorage(key)).toJSON(), null, 'nothing written')
  const kill = await asRoot(api, api.tx.system.killPrefix('0x', 1), alice)
  assert.equal(kill.error, 'system.CallFiltered')
  assert.ok((await api.query.sudo.key()).isSome, 'state untouched')
}

export async function signersCommitToTheMetadataHash ({ api }) {
  const bob = keyring().addFromUri('//Bob')
  const metadata = (await api.call.metadata.metadataAtVersion(15)).unwrap()
  const props = api.registry.getChainProperties()
  const digest = merkleizeMetadata(metadata.toU8a(true), {
    decimals: props.tokenDecimals.unwrap()[0].toNumber(),
    tokenSymbol: props.tokenSymbol.unwrap()[0].toString()
  }).digest()
  const metadataHash = hex(digest)

  const remark = api.tx.system.remark(hex(Buffer.from('signed over the metadata hash')))
  const { error, events } = await submit(api, remark, bob, { options: { mode: 1, metadataHash } })
  assert.equal(error, null)
  assert.ok(events.some((e) => api.events.system.ExtrinsicSuccess.is(e)), 'accepted and dispatched')

  // A signature over another hash is not this runtime's: refused before it reaches a block.
  const wrong = hex(Buffer.alloc(32, 7))
  await assert.rejects(
    submit(api, api.tx.system.remark('0x00'), bob, { options: { mode: 1, metadataHash: wrong } }),
    /bad signature|Invalid/i
  )
}

export const tests = [developmentBlocksAreBabeBlocks, timingIsGovernedThroughParameters, rawStateEditsAreRefused, signersCommitToTheMetadataHash]
