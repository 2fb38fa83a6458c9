import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const manifestPath = fileURLToPath(new URL('../custom-elements.json', import.meta.url));

if (!existsSync(manifestPath)) {
  throw new Error('packages/elements/custom-elements.json is missing: run npm run build');
}

describe('custom-elements.json', () => {
  it('is valid against the custom-elements-manifest schema (2.1.0)', () => {
    const schema: unknown = JSON.parse(
      readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema as object);
    const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const valid = validate(manifest);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  });
});

describe('the element contract (@kiosque/render/contract)', () => {
  it('is the one custom-elements.json states: npm run generate -w @kiosque/render', () => {
    const script = fileURLToPath(new URL('../../render/scripts/contract.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
