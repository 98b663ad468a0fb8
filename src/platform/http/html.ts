import { escapeHtml } from '../mail/templates.ts';

/** HTML that is already safe to insert. Only `html` and `raw` make one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (value instanceof SafeHtml) return value.value;
  return escapeHtml(String(value));
}

/** A template tag for server-rendered pages: every interpolated value is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  return new SafeHtml(
    strings.reduce(
      (out, chunk, index) => out + chunk + (index < values.length ? render(values[index]!) : ''),
      '',
    ),
  );
}

/** Marks trusted markup (for example sanitised posting HTML) as safe. */
export const raw = (markup: string) => new SafeHtml(markup);

/** JSON inside a <script> element, unable to close the element early. */
export const jsonForScript = (value: unknown) =>
  raw(JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026'));
