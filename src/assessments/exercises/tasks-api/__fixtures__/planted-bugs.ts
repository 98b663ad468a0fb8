// Variants of the good Node solution, each with one planted bug, and the hidden checks each must fail (all the
// others must pass). A variant is the good solution with a few exact text edits, so the bug stays visible in one
// place here and the variants never drift from the reference. No test command: they are graded for the checks.
import { fileURLToPath } from 'node:url';
import { type TextEdit, writeVariant as writeVariantOf } from '../../variants.ts';

export const goodNodeDir = fileURLToPath(new URL('./good-node/', import.meta.url));
export const goodPythonDir = fileURLToPath(new URL('./good-python/', import.meta.url));

export type PlantedBug = {
  name: string;
  bug: string;
  edits: TextEdit[];
  failingChecks: string[];
};

export const plantedBugs: PlantedBug[] = [
  {
    name: 'no-title-length',
    bug: 'titles longer than 200 characters are accepted',
    edits: [{ file: 'src/validate.js', find: 'length < 1 || length > 200', replace: 'length < 1' }],
    failingChecks: [
      'post-title-201-chars',
      'post-title-counts-characters',
      'huge-title-refused',
      'patch-invalid-title',
    ],
  },
  {
    name: 'pagination-off-by-one',
    bug: 'a page holds one task fewer than its limit',
    edits: [
      {
        file: 'src/store.js',
        find: 'matching.slice(offset, offset + limit)',
        replace: 'matching.slice(offset, offset + limit - 1)',
      },
    ],
    failingChecks: ['list-limit', 'list-offset', 'list-default-limit', 'list-pages'],
  },
  {
    name: 'no-persistence',
    bug: 'tasks are kept in memory only',
    edits: [
      { file: 'src/store.js', find: '  load() {\n', replace: '  load() {\n    return;\n' },
      { file: 'src/store.js', find: '  async #write() {\n', replace: '  async #write() {\n    return;\n' },
    ],
    failingChecks: [
      'persist-created-task',
      'persist-changes',
      'persist-list',
      'persist-ids-not-reused',
      'concurrent-posts-persisted',
    ],
  },
  {
    name: 'invalid-json-500',
    bug: 'a body that is not JSON crashes the handler (500)',
    edits: [
      {
        file: 'src/app.js',
        find: "  } catch {\n    throw new ValidationError('the body is not valid JSON');\n  }",
        replace: "  } catch (error) {\n    throw new Error('cannot parse: ' + error.message);\n  }",
      },
    ],
    failingChecks: [
      'post-invalid-json',
      'post-empty-body',
      'patch-invalid-json',
      'errors-without-stack-traces',
    ],
  },
  {
    name: 'delete-returns-200',
    bug: 'DELETE answers 200 with the deleted task instead of 204',
    edits: [
      {
        file: 'src/app.js',
        find: '    return send(response, 204);',
        replace: '    return send(response, 200, { deleted: id });',
      },
    ],
    failingChecks: ['delete-task'],
  },
  {
    name: 'not-found-as-text',
    bug: 'unknown ids answer 404 with plain text instead of a JSON error',
    edits: [
      {
        file: 'src/app.js',
        find: '      if (error instanceof HttpError) return send(response, error.status, { error: error.message });',
        replace:
          "      if (error instanceof HttpError && error.status === 404) return response.writeHead(404).end('Not found');\n      if (error instanceof HttpError) return send(response, error.status, { error: error.message });",
      },
    ],
    failingChecks: [
      'get-unknown-task',
      'patch-unknown-task',
      'delete-unknown-task',
      'post-server-fields-ignored',
      'odd-ids-not-found',
      'patch-server-fields-ignored',
      'delete-task',
      'persist-deletion',
    ],
  },
];

/** Write the variant into `target` (which must not exist); throws when an edit no longer applies exactly once. */
export function writeVariant(bug: PlantedBug, target: string): string {
  return writeVariantOf({
    from: goodNodeDir,
    target,
    edits: bug.edits,
    label: bug.name,
    runPlan: { start: 'node src/server.js' },
  });
}
