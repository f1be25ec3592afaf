/**
 * Sets layout figures that only exist at run time (virtualised row offsets, the scroll height)
 * through the CSSOM. The CSP (`style-src 'self'`) forbids style attributes in markup and inline
 * `<style>`, not CSSOM writes from our own script; everything else stays in the style sheets.
 */
export function setElementStyle(
  element: HTMLElement | null,
  properties: Partial<Record<'height' | 'transform' | 'min-width', string>>,
): void {
  if (!element) return;
  for (const [name, value] of Object.entries(properties)) {
    if (value !== undefined && element.style.getPropertyValue(name) !== value) element.style.setProperty(name, value);
  }
}

/** One rem in CSS pixels, for row heights that the style sheets give in rem. */
export function remInPixels(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
