// The simulation's off-chain layer: providers and the publisher listen on 127.0.0.1, one TCP port
// each, found through a shared folder by the Noise key the chain lists for them (as datdot peers
// find each other by Noise key on hyperswarm). Hypercore replication runs over a connection that
// opens with the line `replicate\n`; anything else is one JSON request per line, answered by one
// JSON line.
import { createServer, connect as tcpConnect } from 'node:net'
import { readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Listens on 127.0.0.1 (a free port): `replicate` connections go to `replicate(socket)`, requests to
 * `answer(request)` (an object, or a promise of one).
 */
export function listen ({ answer, replicate }) {
  const server = createServer((socket) => {
    socket.once('data', (first) => {
      // Hold the data until the connection is handed on (pipe resumes it).
      socket.pause()
      const text = first.toString()
      if (text.startsWith('replicate\n')) {
        const rest = first.subarray(Buffer.byteLength('replicate\n'))
        if (rest.length) socket.unshift(rest)
        if (replicate) replicate(socket)
        else socket.destroy()
        return
      }
      let buffered = text
      const onLine = async (line) => {
        let reply
        try {
          reply = await answer(JSON.parse(line))
        } catch (e) {
          reply = { error: String(e && e.message ? e.message : e) }
        }
        if (!socket.destroyed) socket.write(JSON.stringify(reply) + '\n')
      }
      const drain = () => {
        let i
        while ((i = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, i)
          buffered = buffered.slice(i + 1)
          if (line) onLine(line)
        }
      }
      drain()
      socket.on('data', (chunk) => { buffered += chunk.toString(); drain() })
      socket.resume()
    })
    socket.on('error', () => {})
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })))
}

/** One request to the peer at `port`; rejects after `timeoutMs`. */
export function request (port, message, timeoutMs = 10000) {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(port, '127.0.0.1')
    let buffered = ''
    const timer = setTimeout(() => { socket.destroy(); reject(new Error(`no answer from ${port} in ${timeoutMs} ms`)) }, timeoutMs)
    socket.on('connect', () => socket.write(JSON.stringify(message) + '\n'))
    socket.on('data', (chunk) => {
      buffered += chunk.toString()
      const i = buffered.indexOf('\n')
      if (i < 0) return
      clearTimeout(timer)
      socket.end()
      const reply = JSON.parse(buffered.slice(0, i))
      if (reply && reply.error) reject(new Error(reply.error))
      else resolve(reply)
    })
    socket.on('error', (e) => { clearTimeout(timer); reject(e) })
  })
}

/** Replicates `core` (a replica) from the peer at `port`. */
export function replicateFrom (port, core) {
  const socket = tcpConnect(port, '127.0.0.1')
  // Written (queued) before the replication's own first bytes.
  socket.write('replicate\n')
  const stream = core.replicate(true)
  socket.pipe(stream).pipe(socket)
  stream.on('error', () => {})
  socket.on('error', () => {})
  return socket
}

/** Serves `core`'s replication on `socket` (the listening side). */
export function replicateTo (core, socket) {
  const stream = core.replicate(false)
  socket.pipe(stream).pipe(socket)
  stream.on('error', () => {})
}

/** The shared folder: where each peer's port is, by name. */
export class Directory {
  constructor (dir) { this.dir = dir }
  publish (name, value) {
    const file = join(this.dir, `${name}.json`)
    writeFileSync(file + '.tmp', JSON.stringify(value))
    renameSync(file + '.tmp', file)
  }

  read (name) {
    const file = join(this.dir, `${name}.json`)
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
  }

  async wait (name, timeoutMs = 60000) {
    const started = Date.now()
    while (true) {
      const value = this.read(name)
      if (value) return value
      if (Date.now() - started > timeoutMs) throw new Error(`${name} did not appear in ${timeoutMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}
