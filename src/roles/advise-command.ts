import { readFileSync } from 'node:fs';
import { AppError } from '../platform/errors.ts';
import { adviseWithTaxonomy, type Finding, isPublishable } from './advice.ts';
import { blueprintSchema } from './blueprint.ts';

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AppError('not_found', `Cannot read ${file}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_json', `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** `hirebench advise`: validates a blueprint file and runs the advisor over it (and over a posting text). */
export function adviseBlueprintFile(file: string, postingFile?: string) {
  const parsed = blueprintSchema.safeParse(readJson(file));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new AppError('validation_failed', `${file} is not a valid blueprint:\n${problems.join('\n')}`);
  }
  const posting = postingFile ? readFileSync(postingFile, 'utf8') : undefined;
  const findings = adviseWithTaxonomy(parsed.data, posting);
  return { publishable: isPublishable(findings), findings };
}

const icons = { error: '✖ error', warning: '▲ warning', tip: '• tip' } as const;

export function formatFindings(findings: Finding[]): string {
  if (findings.length === 0) return 'No findings: this blueprint follows every rule the advisor knows.';
  return findings
    .map(
      (finding) =>
        `${icons[finding.severity]} [${finding.code}] ${finding.message}\n    → ${finding.suggestion}`,
    )
    .join('\n');
}
