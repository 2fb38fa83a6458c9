/** Writes schema/mobilizon-<version>.graphql for every emulated version. */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { VERSIONS, generateVersionSchema, generatedPath, packageDir } from './schema-tools.js';

for (const version of VERSIONS) {
  const file = generatedPath(version);
  writeFileSync(file, generateVersionSchema(version));
  console.log(`wrote ${relative(packageDir, file)}`);
}
