// The multi-role simulation: scenario 1 of CLIENT-API.md §3 on `datdot-node --dev --consensus
// manual-seal-6000`, one process per role (1 publisher with a real npm hypercore feed, 1 sponsor,
// 16 providers, see role.mjs), each talking to the chain only through the client library; run once
// through the library itself and once through its datdot-chain-sdk entry (`--via client,compat`,
// both by default). Each run ends when both contracts host, every hoster's storage challenge and
// a performance challenge are confirmed, and fails on any failure event or after 300 s. Prints
// the counts and the run time. Challenge cadences are lowered through the runtime's parameters.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Keyring } from '@polkadot/keyring'
import { connect } from 'datdot-chain-client'
import { startNode } from '../e2e/lib.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const PROVIDERS = 16
const TIMEOUT_MS = 300000
const FAILURES = ['HostingSetupFailed', 'HosterReplacementFailed', 'StorageChallengeFailed', 'StorageChallengeTimedOut',
  'HosterAccused', 'PerformanceChallengeTimedOut', 'Slashed']
const arg = process.argv.find((a) => a.startsWith('--via='))
const runs = (arg ? arg.slice(6) : 'client,compat').split(',')

let failed = false
for (const via of runs) {
  try {
    console.log(summary(via, await simulate(via)))
  } catch (e) {
    failed = true
    console.error(`simulation (${via}): ${e && e.stack ? e.stack : e}`)
  }
}
process.exit(failed ? 1 : 0)

function summary (via, c) {
  return `simulation (${via}): ${c.processes} processes; ${c.registered} providers registered; ${c.setups} hosting setups, ` +
    `${c.started} started; ${c.storageIssued} storage challenges issued, ${c.storageConfirmed} confirmed (${c.hostersProved} of ` +
    `${c.hosters} hosters); ${c.performanceIssued} performance challenges issued, ${c.performanceConfirmed} confirmed; ` +
    `${c.failures} failures; ${(c.ms / 1000).toFixed(1)} s from the first process to the last confirmation`
}

async function simulate (via) {
  const node = await startNode({ args: ['--consensus', 'manual-seal-6000'] })
  const dir = mkdtempSync(join(tmpdir(), 'datdot-sim-'))
  const children = []
  const client = await connect(node.url)
  try {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice')
    await client.setParameters(alice, { ReportTimeout: 20, StorageChallengeEvery: 3, PerformanceChallengeEvery: 4 })
    const counts = { processes: 0, registered: 0, setups: 0, started: 0, storageIssued: 0, storageConfirmed: 0, hostersProved: 0, hosters: 0, performanceIssued: 0, performanceConfirmed: 0, failures: 0, ms: 0 }
    const hosters = new Set()
    const proved = new Set()
    const failures = []
    const watching = client.events(({ section, name, fields }) => {
      if (section !== 'datdot') return
      if (name === 'RegisteredForWork') counts.registered++
      if (name === 'HostingSetup' || name === 'RetryHostingSetup') counts.setups++
      if (name === 'HostingStarted') counts.started++
      if (name === 'HostingSetup') for (const h of fields.hosters) hosters.add(h)
      if (name === 'StorageChallenge') counts.storageIssued++
      if (name === 'StorageChallengeConfirmed') { counts.storageConfirmed++; proved.add(fields.hoster) }
      if (name === 'PerformanceChallenge') counts.performanceIssued++
      if (name === 'PerformanceChallengeConfirmed') {
        counts.performanceConfirmed++
        if (fields.unreachable.length) failures.push(`unreachable ${fields.unreachable}`)
      }
      if (FAILURES.includes(name)) failures.push(`${name} ${JSON.stringify(fields, (k, v) => typeof v === 'bigint' ? String(v) : v)}`)
    })

    await watching.ready

    const t0 = Date.now()
    const start = (role, name) => {
      const child = spawn(process.execPath, [join(here, 'role.mjs'), role, name], {
        env: { ...process.env, SIM_CHAIN: node.url, SIM_DIR: dir, SIM_VIA: via },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let err = ''
      child.stderr.on('data', (d) => { err = (err + d).slice(-4000) })
      child.on('exit', (code) => { if (code && code !== 143) failures.push(`${name} exited with ${code}: ${err}`) })
      if (process.env.SIM_LOG) child.stdout.on('data', (d) => process.stderr.write(d))
      children.push(child)
      counts.processes++
    }
    start('publisher', 'eve')
    start('sponsor', 'alice')
    for (let i = 0; i < PROVIDERS; i++) start('provider', `provider-${i + 1}`)

    while (true) {
      if (failures.length) throw new Error(`failures: ${failures.join('; ')}`)
      const done = counts.started >= 2 && hosters.size >= 3 && [...hosters].every((h) => proved.has(h)) && counts.performanceConfirmed >= 1
      if (done) break
      if (Date.now() - t0 > TIMEOUT_MS) throw new Error(`not done after ${TIMEOUT_MS / 1000} s: ${JSON.stringify({ ...counts, hosters: hosters.size, proved: proved.size })}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    counts.ms = Date.now() - t0
    counts.hosters = hosters.size
    counts.hostersProved = proved.size
    counts.failures = failures.length
    return counts
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
    await client.disconnect().catch(() => {})
    await node.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
