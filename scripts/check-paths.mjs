#!/usr/bin/env node
/**
 * Lint: the repository is self-contained. No tracked file names a path that leaves it: a
 * relative path that climbs above the repository root from the file that holds it, the
 * workplace's shared folders, or an absolute path into the folder around the checkout.
 *
 *   node scripts/check-paths.mjs     (part of npm run lint)
 *
 * .ci/ is the one exception: CI may use tools installed beside the checkout.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TEXT = /\.(?:[cm]?[jt]s|json|sh|php|astro|njk|html|md|toml|ya?ml|graphql|css|txt)$/;
const EXEMPT = [/^\.ci\//, /^package-lock\.json$/];
const RELATIVE = /(?:^|[^\w./-])((?:\.\.\/)+(?:[\w@.-]+\/?)*)/g;
const NAMED = /\bshared\/(?:reference|tools)\b|'shared',\s*'(?:reference|tools)'/g;

/** The findings for `files` (paths relative to `root`), as "file:line: what". */
export function checkPaths(root, files) {
  const findings = [];
  const parent = path.dirname(path.resolve(root));
  for (const file of files) {
    if (!TEXT.test(file) || EXEMPT.some((re) => re.test(file))) continue;
    const text = readFileSync(path.join(root, file), 'utf8');
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      const where = `${file}:${index + 1}`;
      for (const match of line.matchAll(RELATIVE)) {
        const target = path.resolve(root, path.dirname(file), match[1]);
        const relative = path.relative(path.resolve(root), target);
        if (relative.startsWith('..')) {
          findings.push(`${where}: "${match[1]}" leaves the repository`);
        }
      }
      for (const match of line.matchAll(NAMED)) {
        findings.push(`${where}: "${match[0]}" names a folder outside the repository`);
      }
      if (parent !== '/' && line.includes(parent + '/')) {
        findings.push(`${where}: an absolute path into ${parent}/ (outside the repository)`);
      }
    });
  }
  return findings;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  const findings = checkPaths(root, files);
  for (const finding of findings) console.error(finding);
  if (findings.length) {
    console.error(
      `check-paths: ${findings.length} path(s) leave the repository; copy what is needed into it.`,
    );
    process.exit(1);
  }
}
