// Events and open_tasks entries become the same tasks, for the providers they name only.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { taskOfEvent, taskOfOpenTask, taskKey } from '../src/tasks.js'
import { planForm } from '../src/client.js'

const ev = (name, fields) => ({ section: 'datdot', name, fields })

test('a setup names the attester, each encoder and hoster at its position', () => {
  const setup = ev('HostingSetup', { amendment: 40, contract: 30, attester: 1, encoders: [2, 3, 4], hosters: [5, 6, 7] })
  assert.deepEqual(taskOfEvent(1, setup).map((t) => [t.kind, t.id, t.role]), [['amendment', 40, 'Attester']])
  assert.deepEqual(taskOfEvent(3, setup).map((t) => [t.role, t.position, t.amendmentKind]), [['Encoder', 1, 'HostingSetup']])
  assert.deepEqual(taskOfEvent(7, setup).map((t) => [t.role, t.position]), [['Hoster', 2]])
  assert.deepEqual(taskOfEvent(9, setup), [])
  assert.deepEqual(taskOfEvent(1, { ...setup, section: 'other' }), [])
  // The same task from open_tasks has the same key.
  const open = taskOfOpenTask(7, { Amendment: { amendment: 40, contract: 30, kind: 'HostingSetup', role: 'Hoster' } })
  assert.equal(taskKey(open), taskKey(taskOfEvent(7, setup)[0]))
})

test('challenges, accusations and drops', () => {
  const storage = ev('StorageChallenge', { id: 50, hoster: 5, attester: 1, checks: [{ contract: 30, index: 2 }] })
  assert.deepEqual(taskOfEvent(5, storage).map((t) => [t.kind, t.role, t.checks.length]), [['storageChallenge', 'Hoster', 1]])
  assert.deepEqual(taskOfEvent(1, storage).map((t) => t.role), ['Attester'])
  assert.equal(taskKey(taskOfOpenTask(1, { StorageChallenge: { challenge: 50, hoster: 5, attester: 1 } })), taskKey(taskOfEvent(1, storage)[0]))
  const perf = ev('PerformanceChallenge', { id: 60, feed: 20, attester: 1, hosters: [5, 6] })
  assert.deepEqual(taskOfEvent(6, perf).map((t) => [t.kind, t.role]), [['performanceChallenge', 'Hoster']])
  assert.equal(taskKey(taskOfOpenTask(1, { PerformanceChallenge: { challenge: 60, feed: 20 } })), taskKey(taskOfEvent(1, perf)[0]))
  const accused = ev('HosterAccused', { accusation: 70, challenge: 50, hoster: 5, attester: 1, charge: 'Unreachable', checks: [], answerBy: 99 })
  assert.deepEqual(taskOfEvent(5, accused).map((t) => [t.kind, t.id, t.answerBy]), [['accusation', 70, 99]])
  assert.deepEqual(taskOfEvent(1, accused), [])
  assert.deepEqual(taskOfEvent(5, ev('DropHosting', { amendment: 40, hoster: 5 })).map((t) => t.kind), ['dropHosting'])
  assert.deepEqual(taskOfOpenTask(5, { Hosting: { contract: 30 } }), { kind: 'hosting', id: 30, contract: 30, role: 'Hoster' })
})

test('plans from plain JavaScript', () => {
  const form = planForm({
    from: 1, until: 9,
    datasets: [{ feed: 3, ranges: [[0, 3], { first: 5, last: 8 }] }, 12],
    performances: [{ latencyMs: 200, bandwidthKbps: 1000 }],
    regions: ['U3', { geohash: 'gc' }, 14]
  })
  assert.deepEqual(form.datasets, [{ New: { feed: 3, ranges: [{ first: 0, last: 3 }, { first: 5, last: 8 }] } }, { Existing: 12 }])
  assert.deepEqual(form.performances, [{ New: { latencyMs: 200, bandwidthKbps: 1000 } }])
  assert.deepEqual(form.timetables, [])
  assert.deepEqual(form.regions, [{ New: { geohash: '0x7533' } }, { New: { geohash: '0x6763' } }, { Existing: 14 }])
  assert.throws(() => planForm({ from: 1, until: 2, regions: ['a'] }), /not a geohash/)
})
