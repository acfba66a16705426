// End-to-end tests: a dev node driven by polkadot.js, as a datdot client drives it.
// Every test file in this folder named *.test.mjs runs against one fresh node, in name order;
// each exports `tests`, its test functions in the order they run (later ones may build on earlier).
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import { startNode, connect } from './lib.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const overall = setTimeout(() => { console.error('e2e: timed out after 600 s'); process.exit(1) }, 600000)

let node
let api
let failed = 0
try {
  await cryptoWaitReady()
  node = await startNode()
  console.log(`e2e: node answering on ${node.url} after ${node.startedMs} ms`)
  api = await connect(node.url)
  // What each test gets; `reconnect` replaces the shared connection (after a runtime upgrade).
  const context = {
    api,
    node,
    reconnect: async () => {
      const old = context.api
      api = context.api = await connect(node.url)
      await old.disconnect().catch(() => {})
      return api
    }
  }
  const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort()
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
  if (api) await api.disconnect().catch(() => {})
  if (node) await node.stop()
  clearTimeout(overall)
}
console.log(failed ? `e2e: ${failed} failed` : 'e2e: all passed')
process.exit(failed ? 1 : 0)
