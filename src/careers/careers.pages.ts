import { html, jsonForScript, raw, type SafeHtml } from '../platform/http/html.ts';
import { formatSalary, workplaceSummary } from '../roles/job-posting.ts';
import type { JobRow } from '../roles/roles.store.ts';

export type CareersOrganisation = { name: string; slug: string };

const styles = `
:root{color-scheme:light;--ink:#1f2933;--muted:#52606d;--line:#e4e7eb;--accent:#4263eb;--bad:#c92a2a;--bg:#f8f9fb}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}header.site{background:#fff;border-bottom:1px solid var(--line)}
.wrap{max-width:760px;margin:0 auto;padding:16px 20px}header.site .wrap{display:flex;justify-content:space-between;align-items:center}
header.site a{color:var(--ink);font-weight:700;text-decoration:none;font-size:1.1rem}
main .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:20px 24px;margin:16px 0}
h1{font-size:1.8rem;line-height:1.25;margin:8px 0}h2{font-size:1.2rem;margin-top:28px}
.jobs{list-style:none;padding:0;margin:0}.jobs li{border-top:1px solid var(--line);padding:14px 0}.jobs li:first-child{border-top:0}
.jobs a{font-weight:600;font-size:1.05rem}.meta{color:var(--muted);font-size:.92rem}
.pill{display:inline-block;background:#edf2ff;color:#364fc7;border-radius:99px;padding:2px 10px;font-size:.85rem;margin-right:6px}
form .field{margin:14px 0}label{display:block;font-weight:600;margin-bottom:4px}.hint{color:var(--muted);font-size:.88rem;font-weight:400}
input[type=text],input[type=email],input[type=tel],input[type=url],textarea,input[type=file]{width:100%;padding:10px 12px;border:1px solid #cbd2d9;border-radius:8px;font:inherit;background:#fff}
input:focus,textarea:focus{outline:3px solid #bac8ff;border-color:var(--accent)}
.check{display:flex;gap:10px;align-items:flex-start}.check input{margin-top:6px;width:18px;height:18px}
button{background:var(--accent);color:#fff;border:0;border-radius:8px;padding:12px 22px;font:inherit;font-weight:600;cursor:pointer}
button:focus{outline:3px solid #bac8ff}.errors{border:2px solid var(--bad);border-radius:8px;padding:12px 16px;background:#fff5f5}
.error{color:var(--bad);font-size:.9rem;margin-top:4px}.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:0 16px}@media (max-width:600px){.grid{grid-template-columns:1fr}h1{font-size:1.5rem}}
footer{color:var(--muted);font-size:.85rem;text-align:center;padding:24px}
`;

export function page(options: {
  title: string;
  organisation: CareersOrganisation;
  body: SafeHtml;
  head?: SafeHtml;
  description?: string;
}): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ''}
<style>${raw(styles)}</style>
${options.head ?? ''}
</head>
<body>
<header class="site"><div class="wrap"><a href="/careers/${options.organisation.slug}">${options.organisation.name} — Careers</a></div></header>
<main class="wrap">${options.body}</main>
<footer>Powered by Hirebench</footer>
</body>
</html>`.value;
}

export function jobMeta(job: JobRow): SafeHtml {
  const { blueprint } = job;
  return html`<span class="pill">${workplaceSummary(blueprint.location)}</span>${
    blueprint.salary ? html`<span class="pill">${formatSalary(blueprint.salary)}</span>` : ''
  }`;
}

export function jobListPage(organisation: CareersOrganisation, openJobs: JobRow[]): string {
  const body = html`<div class="card">
<h1>Work at ${organisation.name}</h1>
${
  openJobs.length
    ? html`<p class="meta">${openJobs.length} open position${openJobs.length === 1 ? '' : 's'}</p>
<ul class="jobs">${openJobs.map(
        (job) =>
          html`<li><a href="/careers/${organisation.slug}/jobs/${job.slug}">${job.title}</a><div class="meta">${jobMeta(job)}</div></li>`,
      )}</ul>`
    : html`<p>There are no open positions right now. Check back soon.</p>`
}
</div>
<p class="meta">Feeds: <a href="/careers/${organisation.slug}/jobs.xml">XML job feed</a> · <a href="/careers/${organisation.slug}/rss.xml">RSS</a></p>`;
  return page({ title: `Careers at ${organisation.name}`, organisation, body });
}

export type ApplyFormState = {
  values: Record<string, string>;
  errors: Record<string, string>;
  summary?: string;
};

const field = (
  state: ApplyFormState,
  name: string,
  label: string,
  options: { type?: string; required?: boolean; hint?: string; autocomplete?: string } = {},
) => {
  const error = state.errors[name];
  const id = `f-${name}`;
  return html`<div class="field">
<label for="${id}">${label}${options.required ? '' : html` <span class="hint">(optional)</span>`}</label>
${options.hint ? html`<div class="hint" id="${id}-hint">${options.hint}</div>` : ''}
<input id="${id}" name="${name}" type="${options.type ?? 'text'}" value="${state.values[name] ?? ''}"${raw(options.required ? ' required' : '')}${raw(options.autocomplete ? ` autocomplete="${options.autocomplete}"` : '')}${raw(error ? ` aria-invalid="true" aria-describedby="${id}-error"` : '')}>
${error ? html`<div class="error" id="${id}-error">${error}</div>` : ''}
</div>`;
};

export function jobPage(options: {
  organisation: CareersOrganisation;
  job: JobRow;
  postingHtml: string;
  jsonLd: Record<string, unknown>;
  form: ApplyFormState;
}): string {
  const { organisation, job, form } = options;
  const questions = job.screeningQuestions;
  const body = html`<p><a href="/careers/${organisation.slug}">← All positions at ${organisation.name}</a></p>
${form.summary ? html`<p class="errors"><a href="#apply">${form.summary} See the form below.</a></p>` : ''}
<article class="card">
<div class="meta">${jobMeta(job)} <a href="#apply">Apply now</a></div>
${raw(options.postingHtml)}
</article>
<section class="card" id="apply" aria-labelledby="apply-heading">
<h2 id="apply-heading">Apply for this position</h2>
${
  form.summary
    ? html`<div class="errors" role="alert" tabindex="-1" id="form-errors"><strong>${form.summary}</strong>${
        Object.keys(form.errors).length
          ? html`<ul>${Object.entries(form.errors).map(([name, message]) => html`<li><a href="#f-${name}">${message}</a></li>`)}</ul>`
          : ''
      }</div>`
    : ''
}
<form method="post" action="/careers/${organisation.slug}/jobs/${job.slug}/apply#apply" enctype="multipart/form-data" novalidate>
<div class="grid">
${field(form, 'name', 'Full name', { required: true, autocomplete: 'name' })}
${field(form, 'email', 'E-mail', { type: 'email', required: true, autocomplete: 'email' })}
${field(form, 'phone', 'Phone', { type: 'tel', autocomplete: 'tel' })}
${field(form, 'location', 'Where you are based', { autocomplete: 'address-level2', hint: 'City and country' })}
${field(form, 'github', 'GitHub', { hint: 'Profile URL or username' })}
${field(form, 'linkedin', 'LinkedIn', { hint: 'Profile URL' })}
${field(form, 'stackoverflow', 'Stack Overflow', { hint: 'Profile URL' })}
${field(form, 'portfolio', 'Portfolio or website', { type: 'url' })}
</div>
<div class="field">
<label for="f-resume">Résumé</label>
<div class="hint" id="f-resume-hint">PDF or Word (DOCX), up to 10 MB</div>
<input id="f-resume" name="resume" type="file" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" required aria-describedby="f-resume-hint${form.errors.resume ? ' f-resume-error' : ''}"${raw(form.errors.resume ? ' aria-invalid="true"' : '')}>
${form.errors.resume ? html`<div class="error" id="f-resume-error">${form.errors.resume}</div>` : ''}
</div>
${questions.map((question) => {
  const name = `q_${question.id}`;
  const error = form.errors[name];
  return question.kind === 'yes_no'
    ? html`<fieldset class="field"><legend>${question.question}${question.required ? '' : html` <span class="hint">(optional)</span>`}</legend>
${['yes', 'no'].map((answer) => html`<label class="check"><input type="radio" name="${name}" value="${answer}"${raw(form.values[name] === answer ? ' checked' : '')}> ${answer === 'yes' ? 'Yes' : 'No'}</label>`)}
${error ? html`<div class="error">${error}</div>` : ''}</fieldset>`
    : html`<div class="field"><label for="f-${name}">${question.question}${question.required ? '' : html` <span class="hint">(optional)</span>`}</label>
<textarea id="f-${name}" name="${name}" rows="3"${raw(error ? ' aria-invalid="true"' : '')}>${form.values[name] ?? ''}</textarea>
${error ? html`<div class="error">${error}</div>` : ''}</div>`;
})}
<div class="hp" aria-hidden="true"><label for="f-website_url">Leave this empty</label><input id="f-website_url" name="website_url" type="text" tabindex="-1" autocomplete="off"></div>
<div class="field check">
<input id="f-consent" name="consent" type="checkbox" value="yes"${raw(form.values.consent === 'yes' ? ' checked' : '')} required${raw(form.errors.consent ? ' aria-invalid="true"' : '')}>
<label for="f-consent" style="font-weight:400">I agree that ${organisation.name} stores and processes my application data to consider me for this and similar positions, and deletes it on request.</label>
</div>
${form.errors.consent ? html`<div class="error">${form.errors.consent}</div>` : ''}
<button type="submit">Submit application</button>
</form>
</section>`;
  return page({
    title: `${job.title} at ${organisation.name}`,
    organisation,
    body,
    description: `${job.title} — ${workplaceSummary(job.blueprint.location)}`,
    head: html`<script type="application/ld+json">${jsonForScript(options.jsonLd)}</script>`,
  });
}

export function appliedPage(organisation: CareersOrganisation, job: JobRow): string {
  return page({
    title: `Application received — ${organisation.name}`,
    organisation,
    body: html`<div class="card" role="status">
<h1>Thank you — your application is in</h1>
<p>${organisation.name} has received your application for <strong>${job.title}</strong>. You will hear back by e-mail, whatever the decision.</p>
<p><a href="/careers/${organisation.slug}">See other open positions</a></p>
</div>`,
  });
}

export function notFoundPage(organisation: CareersOrganisation | null): string {
  const org = organisation ?? { name: 'Hirebench', slug: '' };
  return page({
    title: 'Not found',
    organisation: org,
    body: html`<div class="card"><h1>This position is not open</h1><p>It may have been filled or closed.${
      organisation ? html` <a href="/careers/${organisation.slug}">See open positions</a>.` : ''
    }</p></div>`,
  });
}
