import { chromium } from 'playwright-core';
import { startDevInstance, SEED } from '@kiosque/dev-instance';
import { startWordPress } from './harness.js';
const dev = await startDevInstance({ port: 0 });
const content = `<!-- wp:paragraph --><p>Our agenda.</p><!-- /wp:paragraph -->
<!-- wp:kiosque/events {"group":"climate-action","limit":4} /-->
[kiosque_event uuid="${SEED.events.hiddenTimes}"]
[kiosque_events instance="https://nope.invalid"]`;
const wp = await startWordPress({
  allowPrivateHosts: [new URL(dev.url).host],
  setupInput: { instance: dev.url, content },
  setup: `update_option( 'kiosque_settings', array( 'instance' => $input['instance'] ) + Kiosque\\Settings::defaults() );
update_option( 'WPLANG', 'fr_FR' );
return wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Agenda', 'post_content' => $input['content'] ) );`,
});
const url = `${wp.url}/?page_id=${wp.setupOutput}`;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, js, width] of [
  ['nojs-wide', false, 1100],
  ['nojs-narrow', false, 360],
  ['js-wide', true, 1100],
] as const) {
  const c = await b.newContext({ javaScriptEnabled: js, viewport: { width, height: 900 } });
  const p = await c.newPage();
  await p.goto(url);
  await p.waitForTimeout(1500);
  await p.screenshot({ path: `/tmp/wp-${name}.png`, fullPage: true });
  await c.close();
}
// editor
const c = await b.newContext({ viewport: { width: 1280, height: 900 } });
const p = await c.newPage();
await p.goto(`${wp.url}/wp-login.php`);
await p.fill('#user_login', 'admin');
await p.fill('#user_pass', 'admin');
await Promise.all([p.waitForURL(/wp-admin/), p.click('#wp-submit')]);
await p.goto(`${wp.url}/wp-admin/post.php?post=${wp.setupOutput}&action=edit`);
await p.waitForTimeout(2000);
await p.evaluate(() => {
  const w = (window as any).wp;
  if (w.data.select('core/edit-post').isFeatureActive('welcomeGuide'))
    w.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
});
await p.waitForTimeout(500);
await p.locator('.wp-block-kiosque-events').first().click();
await p.waitForTimeout(2500);
await p.screenshot({ path: '/tmp/wp-editor.png' });
await p.goto(`${wp.url}/wp-admin/options-general.php?page=kiosque`);
await p.click('#kiosque-test-connection');
await p.waitForTimeout(1000);
await p.screenshot({ path: '/tmp/wp-settings.png', fullPage: true });
await b.close();
await wp.close();
await dev.close();
