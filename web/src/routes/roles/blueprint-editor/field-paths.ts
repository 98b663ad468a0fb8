/** The DOM id of the element that shows a blueprint field: "skills.2" → "field-skills-2". */
export const fieldId = (path: string) => `field-${path.replaceAll('.', '-')}`;

const focusable = 'input:not([type="hidden"]):not([disabled]), textarea, select, button:not([disabled])';

// A soft yellow ring and tint that fade back to the element's own look, so the eye finds the field.
// The last keyframe is left out on purpose: the browser ends on the element's normal style.
const highlight = {
  boxShadow: '0 0 0 4px rgba(250, 176, 5, 0.9)',
  backgroundColor: 'rgba(255, 243, 191, 0.9)',
};
const flash: Keyframe[] = [
  { ...highlight, offset: 0 },
  { ...highlight, offset: 0.6 },
];

/**
 * Scrolls to the field a finding or error points at, focuses its first input and makes it flash.
 * Paths without their own element fall back to the nearest parent ("salary.max" → "salary").
 */
export function revealField(path: string): void {
  const element = fieldElement(path);
  if (!element) return;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center' });
  const target = element.matches(focusable) ? element : element.querySelector<HTMLElement>(focusable);
  target?.focus({ preventScroll: true });
  if (!reduceMotion) element.animate(flash, { duration: 2200, easing: 'ease-out' });
}

function fieldElement(path: string): HTMLElement | null {
  for (const parts = path.split('.'); parts.length > 0; parts.pop()) {
    const element = document.getElementById(fieldId(parts.join('.')));
    if (element) return element;
  }
  return null;
}
