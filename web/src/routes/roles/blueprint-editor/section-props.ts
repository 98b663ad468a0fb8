import type { Blueprint } from '../../../domain/hiring-domain';
import type { FieldErrors } from './field-errors';

export type BlueprintChange = <Key extends keyof Blueprint>(key: Key, value: Blueprint[Key]) => void;

/** What every editor section gets: the whole draft to read, one setter, and the errors to show. */
export type SectionProps = { draft: Blueprint; change: BlueprintChange; errors: FieldErrors };
