// One headless Chromium (Debian's, not a Playwright download) per test file, against the running service.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.VERBATIM_URL || 'http://localhost:8080').replace(/\/$/, '');
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const SCREENSHOTS = process.env.VERBATIM_SCREENSHOTS || path.join(REPO, 'target', 'e2e-screenshots');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

/**
 * A fresh page that records every console error, failed request and uncaught exception (a CSP violation or a broken
 * script shows up there), so that each test can assert that there was none.
 */
export async function openPage(browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, baseURL: BASE_URL, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (message) => {
    // A 4xx the page asked for on purpose is reported by Chromium as a console error; the test checks those itself.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) page.errors.push(message.text());
  });
  page.on('pageerror', (error) => page.errors.push(String(error)));
  page.setDefaultTimeout(10_000);
  return page;
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The API's own answer, to compare what the page shows with what the API says. */
export async function apiJson(page, apiPath) {
  const response = await page.request.get(`${BASE_URL}/api/v1${apiPath}`);
  if (!response.ok()) throw new Error(`GET ${apiPath} answered ${response.status()}`);
  return response.json();
}
