import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until `target` has focus — the way a keyboard user walks through the
 * page. Fails if it takes more than `limit` presses, so a missing or unreachable control shows up.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 25 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reachable with ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`).toBeFocused();
}

/** The focused element shows a visible focus ring (outline of at least 2 px). */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}
