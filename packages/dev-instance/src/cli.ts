#!/usr/bin/env node
/** `kiosque-dev-instance --port 4000 --host 127.0.0.1 --mobilizon-version 5.1.3 --latency 0 --fault none` */
import { parseArgs } from 'node:util';
import { startDevInstance } from './server.js';
import { FAULT_MODES, MOBILIZON_VERSIONS, type FaultMode, type MobilizonVersion } from './types.js';

function fail(message: string): never {
  console.error(`kiosque-dev-instance: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4000' },
    host: { type: 'string', default: '127.0.0.1' },
    'mobilizon-version': { type: 'string', default: '5.1.3' },
    latency: { type: 'string', default: '0' },
    fault: { type: 'string', default: 'none' },
    'anonymous-participation': { type: 'string', default: 'on' },
    'email-validation': { type: 'string', default: 'on' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: kiosque-dev-instance [--port 4000] [--host 127.0.0.1] [--mobilizon-version 1.3.2|2.1.0|5.1.3] [--latency <ms>] [--fault none|http-500|malformed-json|graphql-error|reset] [--anonymous-participation on|off] [--email-validation on|off]',
  );
  process.exit(0);
}

const version = values['mobilizon-version'];
if (!(MOBILIZON_VERSIONS as readonly string[]).includes(version))
  fail(`--mobilizon-version must be one of ${MOBILIZON_VERSIONS.join(', ')}`);
if (!(FAULT_MODES as readonly string[]).includes(values.fault))
  fail(`--fault must be one of ${FAULT_MODES.join(', ')}`);
const port = Number(values.port);
const latency = Number(values.latency);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail('--port must be an integer between 0 and 65535');
if (!Number.isFinite(latency) || latency < 0) fail('--latency must be a number of milliseconds');
const onOff = (name: 'anonymous-participation' | 'email-validation'): boolean => {
  const value = values[name];
  if (value !== 'on' && value !== 'off') fail(`--${name} must be on or off`);
  return value === 'on';
};

const instance = await startDevInstance({
  port,
  host: values.host,
  version: version as MobilizonVersion,
  faults: { latencyMs: latency, mode: values.fault as FaultMode },
  anonymousParticipation: {
    allowed: onOff('anonymous-participation'),
    emailValidation: onOff('email-validation'),
  },
});
console.log(`Mobilizon dev instance (version ${instance.version}) at ${instance.url}/api`);

let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  instance.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
