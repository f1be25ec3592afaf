/**
 * Sets layout figures that only exist at run time (virtualised row offsets, the scroll height)
 * through the CSSOM. The CSP (`style-src 'self'`) forbids style attributes in markup and inline
 * `<style>`, not CSSOM writes from our own script; everything else stays in caseList.css.
 */
export function setStyle(element: HTMLElement | null, properties: Partial<Record<'height' | 'transform', string>>): void {
  if (!element) return;
  for (const [name, value] of Object.entries(properties)) {
    if (value !== undefined && element.style.getPropertyValue(name) !== value) element.style.setProperty(name, value);
  }
}
