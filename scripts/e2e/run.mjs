// End-to-end tests: a dev node driven through the client library (clients/js, on polkadot.js), as
// a datdot client drives it. Every test file in this folder named *.test.mjs runs against one
// fresh node, in name order; each exports `tests`, its test functions in the order they run (later
// ones may build on earlier; `node run.mjs 10 30` runs only the files whose names start so). Each gets `{ client, api, node }`: `api` is the client's current
// polkadot.js API (a new one after a runtime upgrade).
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import { connect } from 'datdot-chain-client'
import { startNode } from './lib.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const overall = setTimeout(() => { console.error('e2e: timed out after 600 s'); process.exit(1) }, 600000)

let node
let client
let failed = 0
try {
  await cryptoWaitReady()
  node = await startNode()
  console.log(`e2e: node answering on ${node.url} after ${node.startedMs} ms`)
  client = await connect(node.url)
  const context = { client, node, get api () { return client.api } }
  // `node run.mjs 20-hosting 30` runs the files whose names start so (all by default).
  const only = process.argv.slice(2)
  const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs') && (!only.length || only.some((o) => f.startsWith(o)))).sort()
  for (const file of files) {
    const mod = await import(pathToFileURL(join(here, file)))
    if (!Array.isArray(mod.tests)) throw new Error(`${file} exports no \`tests\` array`)
    for (const test of mod.tests) {
      const name = test.name
      const t0 = Date.now()
      try {
        await test(context)
        console.log(`ok   ${file} ${name} (${Date.now() - t0} ms)`)
      } catch (e) {
        failed++
        console.log(`FAIL ${file} ${name}: ${e && e.stack ? e.stack : e}`)
      }
    }
  }
} catch (e) {
  failed++
  console.error('e2e: ' + (e && e.stack ? e.stack : e))
  if (node) console.error(node.output())
} finally {
  if (client) await client.disconnect().catch(() => {})
  if (node) await node.stop()
  clearTimeout(overall)
}
console.log(failed ? `e2e: ${failed} failed` : 'e2e: all passed')
process.exit(failed ? 1 : 0)
