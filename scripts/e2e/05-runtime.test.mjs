// The runtime as governance and wallets meet it: development blocks are BABE blocks with VRF
// outputs and epoch changes, timing parameters changed through `parameters.setParameter` by root
// only and within their ranges, raw state edits refused, and a transaction signed over the metadata
// hash (`CheckMetadataHash`, mode 1) accepted.
import assert from 'node:assert/strict'
import { Keyring } from '@polkadot/keyring'
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata'
import { errorOf, hex } from './lib.mjs'

const keyring = () => new Keyring({ type: 'sr25519' })
const reportTimeout = { Datdot: { ReportTimeout: null } }

export async function developmentBlocksAreBabeBlocks ({ api, client }) {
  const alice = keyring().addFromUri('//Alice')
  const epoch = async () => (await api.query.babe.epochIndex()).toNumber()
  // Each development block starts a new epoch (it is one epoch after its parent), so the
  // randomness selections draw from is new in every block.
  for (let i = 0; i < 3; i++) {
    const before = await epoch()
    await client.submit(api.tx.system.remark('0x00'), alice)
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

export async function timingIsGovernedThroughParameters ({ api, client }) {
  const alice = keyring().addFromUri('//Alice')
  const bob = keyring().addFromUri('//Bob')
  assert.ok(api.tx.parameters.setParameter, 'pallet parameters in metadata')
  assert.ok((await api.query.parameters.parameters(reportTimeout)).isNone, 'the default until set')

  const set = (blocks) => api.tx.parameters.setParameter({ Datdot: { ReportTimeout: [null, blocks] } })
  const set7 = await client.sudo(set(7), alice)
  const updated = set7.event('Updated', 'parameters')
  assert.ok(updated, 'parameters.Updated emitted')
  assert.deepEqual(updated.newValue, { Datdot: { ReportTimeout: 7 } })
  assert.equal((await api.query.parameters.parameters(reportTimeout)).unwrap().toJSON().datdot.reportTimeout, 7)

  // Not by a signed origin; not outside its range.
  assert.equal(await errorOf(client.submit(set(9), bob)), 'dispatch.BadOrigin')
  for (const blocks of [0, 1, 601]) {
    assert.equal(await errorOf(client.sudo(set(blocks), alice)), 'system.CallFiltered', `ReportTimeout ${blocks}`)
  }
  assert.equal((await api.query.parameters.parameters(reportTimeout)).unwrap().toJSON().datdot.reportTimeout, 7)

  // Reset: the default again.
  await client.setParameters(alice, { ReportTimeout: null })
  assert.ok((await api.query.parameters.parameters(reportTimeout)).isNone)
}

export async function rawStateEditsAreRefused ({ api, client }) {
  const alice = keyring().addFromUri('//Alice')
  const key = hex(Buffer.from('datdot-e2e-raw-edit'))
  assert.equal(await errorOf(client.sudo(api.tx.system.setStorage([[key, '0x01']]), alice)), 'system.CallFiltered')
  assert.equal((await api.rpc.state.getStorage(key)).toJSON(), null, 'nothing written')
  assert.equal(await errorOf(client.sudo(api.tx.system.killPrefix('0x', 1), alice)), 'system.CallFiltered')
  assert.ok((await api.query.sudo.key()).isSome, 'state untouched')
}

export async function signersCommitToTheMetadataHash ({ api, client }) {
  const bob = keyring().addFromUri('//Bob')
  const metadata = (await api.call.metadata.metadataAtVersion(15)).unwrap()
  const props = api.registry.getChainProperties()
  const digest = merkleizeMetadata(metadata.toU8a(true), {
    decimals: props.tokenDecimals.unwrap()[0].toNumber(),
    tokenSymbol: props.tokenSymbol.unwrap()[0].toString()
  }).digest()
  const metadataHash = hex(digest)

  const remark = api.tx.system.remark(hex(Buffer.from('signed over the metadata hash')))
  const { events } = await client.submit(remark, bob, { options: { mode: 1, metadataHash } })
  assert.ok(events.some((e) => e.section === 'system' && e.name === 'ExtrinsicSuccess'), 'accepted and dispatched')

  // A signature over another hash is not this runtime's: refused before it reaches a block.
  const wrong = hex(Buffer.alloc(32, 7))
  await assert.rejects(
    client.submit(api.tx.system.remark('0x00'), bob, { options: { mode: 1, metadataHash: wrong } }),
    (e) => e.section === 'pool' && /bad signature/i.test(e.docs)
  )
}

// The most common client code waits for `status.isInBlock`: a development node reports the block
// a transaction is in, then its finality, as any Substrate chain does.
export async function transactionsAreInBlockThenFinalized ({ api }) {
  const bob = keyring().addFromUri('//Bob')
  const statuses = []
  let unsub
  const seen = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no InBlock then Finalized within 30 s: ${statuses.join(' -> ')}`)), 30000)
    api.tx.system.remark('0x01').signAndSend(bob, ({ status }) => {
      statuses.push(status.type)
      if (status.isFinalized) { clearTimeout(timer); resolve() }
    }).then((u) => { unsub = u }, reject)
  })
  await seen
  if (unsub) unsub()
  const inBlock = statuses.indexOf('InBlock')
  assert.ok(inBlock >= 0, `InBlock reported: ${statuses.join(' -> ')}`)
  assert.equal(statuses.indexOf('Finalized'), statuses.length - 1)
  assert.ok(inBlock < statuses.length - 1, 'InBlock before Finalized')
  // The idiom itself: resolve on isInBlock.
  let stop
  const hash = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('isInBlock never came')), 30000)
    api.tx.system.remark('0x02').signAndSend(bob, ({ status }) => {
      if (status.isInBlock) { clearTimeout(timer); resolve(status.asInBlock.toHex()) }
    }).then((u) => { stop = u }, reject)
  })
  if (stop) stop()
  const block = await api.rpc.chain.getBlock(hash)
  assert.ok(block.block.extrinsics.some((x) => x.method.method === 'remark' && x.method.args[0].toHex() === '0x02'))
}

export const tests = [transactionsAreInBlockThenFinalized, developmentBlocksAreBabeBlocks, timingIsGovernedThroughParameters, rawStateEditsAreRefused, signersCommitToTheMetadataHash]
