/**
 * Uses the example in code-server's workbench as a user would (keyboard and mouse in headless
 * Chromium) and saves screenshots under test-results/screenshots/ (README "End-to-end tests").
 * Each step waits for what it shows, with a deadline, and fails when it does not appear; a
 * failing step also saves FAILED-<step>.png.
 *
 * Usage (through scripts/e2e/run.mjs): node out/test/e2e/workbench/screenshots.js WORKSPACE_FOLDER
 * Steps for features not on main yet run only when their name is in POSTFIX_E2E_PENDING.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parameterDoc } from '../../../server/src/data/parameters';
import { freshProfile, installExtension, launchBrowser, startCodeServer, toolsFromEnv, workbenchUrl } from '../runner/codeServer';

const ROOT = resolve(__dirname, '../../../..');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
const WAIT_MS = 30_000;

interface Step {
  name: string;
  /** The pending part that enables this step (scripts/e2e/run.mjs), if any. */
  pending?: string;
  run(page: Page): Promise<void>;
}

const editorOf = (file: string) => `.editor-instance .monaco-editor[data-uri$="/${file}"]`;

async function openFile(page: Page, file: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT_MS });
  await input.fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
  await page.locator(`${editorOf(file)} .view-lines`).waitFor({ timeout: WAIT_MS });
}

/** Moves the mouse over the first occurrence of `text` on the editor line that reads `line`. */
async function hoverText(page: Page, file: string, line: string, text: string): Promise<void> {
  const row = page.locator(`${editorOf(file)} .view-line`, { hasText: line }).first();
  await row.waitFor({ timeout: WAIT_MS });
  // Monaco re-renders lines when tokens and decorations arrive: ask again until the line has a box.
  const deadline = Date.now() + WAIT_MS;
  let box = await row.boundingBox();
  while (!box && Date.now() < deadline) {
    await row.waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    box = await row.boundingBox();
  }
  if (!box) throw new Error(`line "${line}" of ${file} is not visible`);
  const charWidth = box.width / Math.max(1, (await row.innerText()).length);
  const x = box.x + charWidth * (line.indexOf(text) + Math.min(4, text.length / 2));
  await page.mouse.move(x, box.y + box.height / 2);
}

/**
 * Does `attempt` until `target` shows, within the deadline; `reset` undoes an attempt that showed
 * nothing. An editor request made before the server has analysed a newly opened file comes
 * back empty, and the editor does not ask again by itself.
 */
async function untilVisible(target: Locator, attempt: () => Promise<void>, reset: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    await attempt();
    try {
      await target.waitFor({ state: 'visible', timeout: Math.max(1, Math.min(5_000, deadline - Date.now())) });
      return;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
      await reset();
    }
  }
}

/** Hovers `text` on `line` until a hover that contains `expected` shows (the mouse leaves and comes back). */
async function hoverUntil(page: Page, file: string, line: string, text: string, expected: string): Promise<void> {
  const hover = page.locator('.monaco-hover', { hasText: expected }).first();
  await untilVisible(hover, () => hoverText(page, file, line, text), () => page.mouse.move(0, 0));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const STEPS: Step[] = [
  {
    name: 'squiggles',
    async run(page) {
      await openFile(page, 'master.cf');
      const squiggles = page.locator(`${editorOf('master.cf')} .squiggly-error`);
      await squiggles.first().waitFor({ state: 'attached', timeout: WAIT_MS });
      // One error per line on lines 1-6 (see test/e2e/suite/diagnostics.e2e.ts).
      const selector = JSON.stringify(`${editorOf('master.cf')} .squiggly-error`);
      await page.waitForFunction(`document.querySelectorAll(${selector}).length >= 6`, undefined, { timeout: WAIT_MS });
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'bad field count' }).first().waitFor({ timeout: WAIT_MS });
      await shot(page, 'squiggles');
    },
  },
  {
    name: 'diagnostic-hover',
    async run(page) {
      await openFile(page, 'master.cf');
      await hoverUntil(page, 'master.cf', '-o smtpd_sasl_auth_enable=yes', 'smtpd_sasl_auth_enable', 'bad field count');
      await shot(page, 'diagnostic-hover');
    },
  },
  {
    name: 'hover',
    pending: 'hover',
    async run(page) {
      await openFile(page, 'main.cf');
      // The summary's first clause, as the hover renders it (no markdown in it).
      const clause = parameterDoc('smtpd_tls_security_level')!.summary.split(':')[0];
      await hoverUntil(page, 'main.cf', 'smtpd_tls_security_level = may', 'smtpd_tls_security_level', clause);
      await shot(page, 'hover');
    },
  },
  {
    name: 'quick-fix-menu',
    pending: 'quick-fix',
    async run(page) {
      await openFile(page, 'main.cf');
      // The earlier of the two smtpd_tls_received_header lines (line 13) carries the finding.
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: WAIT_MS });
      await page.keyboard.type('13');
      await page.keyboard.press('Enter');
      const action = page.locator('.action-widget .monaco-list-row.action').first();
      await untilVisible(action, () => page.keyboard.press('Control+.'), () => page.keyboard.press('Escape'));
      await shot(page, 'quick-fix-menu');
    },
  },
];

async function main(): Promise<number> {
  const folder = process.argv[2];
  const vsix = process.env.POSTFIX_E2E_VSIX;
  if (!folder || !vsix) throw new Error('usage: screenshots.js WORKSPACE_FOLDER (with POSTFIX_E2E_VSIX set; see scripts/e2e/run.mjs)');
  const pending = (process.env.POSTFIX_E2E_PENDING ?? '').split(',').filter(Boolean);
  const steps = STEPS.filter((s) => !s.pending || pending.includes(s.pending));
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const tools = toolsFromEnv();
  const profile = freshProfile();
  installExtension(tools, profile, vsix);
  const server = await startCodeServer(tools, profile);
  let failed = 0;
  try {
    const browser = await launchBrowser(tools);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(workbenchUrl(server, folder));
      await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });
      for (const step of steps) {
        try {
          await step.run(page);
          console.log(`  ✔ ${step.name}: ${join('test-results/screenshots', `${step.name}.png`)}`);
        } catch (e) {
          failed++;
          await shot(page, `FAILED-${step.name}`).catch(() => undefined);
          console.log(`  ✘ ${step.name}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
    rmSync(profile.base, { recursive: true, force: true });
  }
  const skipped = STEPS.filter((s) => !steps.includes(s)).map((s) => s.name);
  if (skipped.length) console.log(`  (pending, not run: ${skipped.join(', ')})`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
