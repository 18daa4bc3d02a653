// A worker for the pool tests: echoes its input, or fails the way the input asks.
import { parentPort } from 'node:worker_threads'

parentPort!.on('message', ({ id, input }: { id: number; input: string }) => {
  if (input === 'exit') process.exit(3)
  if (input === 'hang') for (;;);
  if (input === 'throw') parentPort!.postMessage({ id, ok: false, error: 'asked to fail' })
  else parentPort!.postMessage({ id, ok: true, output: input.toUpperCase() })
})
parentPort!.postMessage({ ready: true })
