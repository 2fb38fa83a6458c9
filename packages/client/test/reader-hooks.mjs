/**
 * Module hooks for reader.test.ts: watch, and on demand block, the client's load of its
 * reader (`src/read.ts`), as an offline visitor or a blocked file would. `state` is shared
 * with the test: [0] 1 = blocked, [1] how many times the client asked for the reader; `port`
 * is told each time.
 */
let state;
let port;

export function initialize(data) {
  state = data.state;
  port = data.port;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === './read.js' && context.parentURL?.endsWith('/src/client.ts')) {
    Atomics.add(state, 1, 1);
    port.postMessage('asked');
    if (Atomics.load(state, 0) === 1) throw new Error(`Blocked by the test: ${specifier}`);
  }
  return nextResolve(specifier, context);
}
