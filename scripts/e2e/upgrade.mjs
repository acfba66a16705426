// A forkless runtime upgrade of a live chain, as governance makes it: the next runtime's wasm
// (runtime/next: spec_version 101, Datdot's storage version 1 -> 2) set as the chain's code by
// `sudo` + `system.setCode`. The chain's Datdot state is compared key by key before and after:
// only what the migration moves may change.
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Keyring } from '@polkadot/keyring'
import { xxhashAsHex } from '@polkadot/util-crypto'
import { hex } from './lib.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

// The next runtime's wasm, as `cargo build` (and `cargo test --workspace`) leaves it.
export function nextRuntime () {
  const target = process.env.CARGO_TARGET_DIR || join(repo, 'target')
  const dir = join(target, 'debug', 'wbuild', 'datdot-runtime-next')
  for (const name of ['datdot_runtime_next.compact.compressed.wasm', 'datdot_runtime_next.wasm']) {
    if (existsSync(join(dir, name))) return readFileSync(join(dir, name))
  }
  throw new Error(`no next runtime in ${dir}: build it first (cargo build -p datdot-runtime-next)`)
}

const twox128 = (name) => xxhashAsHex(name, 128).slice(2)
const pallet = '0x' + twox128('Datdot')
const versionKey = pallet + twox128(':__STORAGE_VERSION__:')
const oldHeads = pallet + twox128('AgendaHead')
const newHeads = pallet + twox128('AgendaHeads')

// Datdot's storage version at block `at`.
export async function datdotStorageVersion (api, at) {
  const raw = (await api.rpc.state.getStorage(versionKey, at)).toHex()
  return Buffer.from(raw.slice(2), 'hex').readUInt16LE(0)
}

// Every key under Datdot's prefix at block `at`, with its value.
async function palletStorage (api, at) {
  const all = new Map()
  let start = pallet
  while (true) {
    const keys = await api.rpc.state.getKeysPaged(pallet, 1000, start, at)
    for (const key of keys) all.set(key.toHex(), (await api.rpc.state.getStorage(key, at)).toHex())
    if (keys.length < 1000) return all
    start = keys[keys.length - 1].toHex()
  }
}

// The lanes' heads: version 1's entries (timing, draw) or version 2's value, as numbers.
const u32le = (h, at = 0) => Buffer.from(h.slice(2), 'hex').readUInt32LE(at)
function headsV1 (storage) {
  const heads = [...storage].filter(([k]) => k.startsWith(oldHeads))
  assert.equal(heads.length, 2, 'version 1 keeps one head per lane')
  // Twox64Concat keys end in the lane's encoding: 0x00 timing, 0x01 draw.
  const lane = (n) => heads.find(([k]) => k.endsWith(n))
  return { timing: u32le(lane('00')[1]), draw: u32le(lane('01')[1]) }
}

// Whether a block soon would run tasks (or retries): the storage it changes would not be the
// migration's alone.
async function busyWithin (api, blocks) {
  const head = (await api.rpc.chain.getHeader()).number.toNumber()
  const due = [...await api.query.datdot.agenda.keys(), ...await api.query.datdot.agendaOverflow.keys()]
    .map((k) => k.args[0][1].toNumber())
  const waiting = (await api.query.datdot.waitingContracts()).length
  return waiting > 0 || due.some((block) => block <= head + blocks)
}

export async function theRuntimeUpgradesUnderLiveHosting ({ client }) {
  let api = client.api
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice')
  const remark = () => client.submit(api.tx.system.remark('0x00'), alice)
  const code = nextRuntime()
  assert.equal(api.runtimeVersion.specVersion.toNumber(), 100)
  assert.ok((await api.query.datdot.storageChallenges.keys()).length > 0, 'storage challenges open')
  for (let i = 0; (await api.query.datdot.performanceChallenges.keys()).length === 0; i++) {
    assert.ok(i < 30, 'a performance challenge runs')
    await remark()
  }
  assert.ok((await api.query.datdot.contracts.keys()).length > 0, 'contracts live')
  // Upgrade where neither the block with `setCode` nor the first of the new runtime has tasks due.
  for (let i = 0; await busyWithin(api, 2); i++) {
    assert.ok(i < 100, 'a block without due tasks comes')
    await remark()
  }

  // The outcome is read below, on the client's new connection: polkadot.js (16.5.6) decodes the
  // events of the block that sets new code with the new code's metadata, and once it sees the new
  // runtime it loads its metadata in the v14 format, which does not describe runtime APIs such as
  // `DatdotApi`. The client library reconnects by itself when the runtime version changes.
  const signed = await api.tx.sudo.sudo(api.tx.system.setCode(hex(code))).signAsync(alice)
  const head = (await api.rpc.chain.getHeader()).number.toNumber()
  await api.rpc.author.submitExtrinsic(signed)
  let blockHash
  for (let i = 0; !blockHash; i++) {
    assert.ok(i < 300, 'setCode is included')
    const best = (await api.rpc.chain.getHeader()).number.toNumber()
    if (best > head) blockHash = await api.rpc.chain.getBlockHash(head + 1)
    else await new Promise((resolve) => setTimeout(resolve, 100))
  }
  for (let i = 0; client.specVersion !== 101; i++) {
    assert.ok(i < 300, 'the client follows the upgrade')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  api = client.api
  const block = await api.rpc.chain.getBlock(blockHash)
  assert.ok(block.block.extrinsics.some((x) => x.hash.eq(signed.hash)), 'setCode in the block after')
  const atSetCode = await api.at(blockHash)
  const events = (await atSetCode.query.system.events()).map((r) => r.event)
  assert.ok(events.some((e) => atSetCode.events.system.CodeUpdated.is(e)), 'system.CodeUpdated')
  const sudid = events.find((e) => atSetCode.events.sudo.Sudid.is(e))
  assert.ok(sudid && sudid.data[0].isOk, 'sudo dispatched setCode')
  const before = await palletStorage(api, blockHash)
  const number = (await api.rpc.chain.getHeader(blockHash)).number.toNumber()
  assert.equal((await api.rpc.state.getRuntimeVersion((await api.rpc.chain.getHeader(blockHash)).parentHash)).specVersion.toNumber(), 100)

  // The first block of the new runtime runs the migration, before anything else.
  const t0 = Date.now()
  await remark()
  console.log(`     the first block of the new runtime, with its migration, in ${Date.now() - t0} ms`)
  const upgraded = await api.rpc.chain.getBlockHash(number + 1)
  assert.equal((await api.rpc.state.getRuntimeVersion(upgraded)).specVersion.toNumber(), 101)
  const after = await palletStorage(api, upgraded)

  assert.equal(before.get(versionKey), '0x0100', 'storage version 1 before')
  assert.equal(after.get(versionKey), '0x0200', 'storage version 2 after')
  const heads = headsV1(before)
  assert.ok(![...after.keys()].some((k) => k.startsWith(oldHeads)), "version 1's heads are gone")
  // Moved unchanged, then one block further on (the new runtime's first block ran its agenda).
  const moved = after.get(newHeads)
  assert.ok(moved, 'version 2 keeps the heads in one value')
  assert.deepEqual({ timing: u32le(moved, 0), draw: u32le(moved, 4) }, { timing: heads.timing + 1, draw: heads.draw + 1 })
  // Every other item reads back byte for byte.
  const rest = (storage) => [...storage].filter(([k]) => k !== versionKey && k !== newHeads && !k.startsWith(oldHeads))
  assert.deepEqual(rest(after), rest(before))
  assert.ok(rest(before).length > 50, 'the chain holds items')

  // The new metadata: the new storage item by name, the old one gone, the runtime API there.
  assert.equal(api.runtimeVersion.specVersion.toNumber(), 101)
  assert.ok(api.query.datdot.agendaHeads && !api.query.datdot.agendaHead)
  assert.ok(api.call.datdotApi.openTasks)
  // The chain goes on: it makes and finalizes blocks of the new runtime.
  await remark()
  // (A development block is finalized half a second after it is made.)
  let finalized = 0
  for (let i = 0; finalized < number + 2; i++) {
    assert.ok(i < 100, `finalized #${finalized}, not past the upgrade at #${number + 1}`)
    if (i) await new Promise((resolve) => setTimeout(resolve, 100))
    finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber()
  }
  const current = await api.query.datdot.agendaHeads()
  assert.ok(current.timing.toNumber() === finalized + 1 && current.draw.toNumber() === finalized + 1)
}
