/**
 * Sets layout figures that exist only at run time (row offsets, the scroll height) through the
 * CSSOM: the CSP (`style-src 'self'`) forbids style attributes in markup, not CSSOM writes from our
 * own script. Everything else is in audit.css.
 */
export function setElementStyle(element: HTMLElement | null, properties: Partial<Record<'height' | 'transform', string>>): void {
  if (!element) return;
  for (const [name, value] of Object.entries(properties)) {
    if (value !== undefined && element.style.getPropertyValue(name) !== value) element.style.setProperty(name, value);
  }
}
