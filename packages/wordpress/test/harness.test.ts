/**
 * The harness itself: close() stops php -S with the workers it forked and MariaDB, and leaves
 * no process behind (16 workers were left listening after each run before).
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';
import { requireWordPress, startWordPress } from './harness.js';
import { groupMembers } from './process-group.js';

requireWordPress('The WordPress harness test');

/** Whether a TCP connection to 127.0.0.1:`port` is refused (nothing listens). */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve(true);
      else reject(error);
    });
  });
}

test('close() stops php -S, its workers and MariaDB: the port is refused and no process of their groups is left', async () => {
  const wp = await startWordPress({ setup: 'return true;', allowPrivateHosts: [] });
  const port = Number(new URL(wp.url).port);
  const groups = wp.processGroups;
  try {
    assert.deepEqual(groups.map((g) => g.name).sort(), ['mariadbd', 'php -S']);
    assert.ok((await fetch(`${wp.url}/wp-login.php`)).ok, 'the site answers');
    const web = groups.find((g) => g.name === 'php -S')!;
    // The parent and its workers: what the old close() left behind.
    assert.ok(groupMembers(web.pgid).length > 1, 'php -S runs with its workers in its group');
    assert.equal(await refused(port), false);
  } finally {
    await wp.close();
  }
  assert.equal(await refused(port), true, `a connection to port ${port} is refused`);
  for (const { name, pgid } of groups) {
    assert.deepEqual(groupMembers(pgid), [], `no process of ${name}'s group (${pgid}) is left`);
  }
});
