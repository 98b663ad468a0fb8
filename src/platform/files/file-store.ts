import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Executor } from '../db/client.ts';
import { storedFiles } from './files.tables.ts';

export type StoredFile = typeof storedFiles.$inferSelect;

export const documentTypes = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
} as const;
export type DocumentMime = keyof typeof documentTypes;

/**
 * What a file really is, from its bytes — never from its name or the browser's claim.
 * Returns null when it is not one of the accepted document types.
 */
export async function detectDocumentType(content: Buffer): Promise<DocumentMime | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && detected.mime in documentTypes ? (detected.mime as DocumentMime) : null;
}

export async function saveFile(
  executor: Executor,
  file: {
    orgId: string;
    ownerType: string;
    ownerId: string;
    purpose: string;
    filename: string;
    contentType: string;
    content: Buffer;
  },
): Promise<StoredFile> {
  const [row] = await executor
    .insert(storedFiles)
    .values({
      ...file,
      // Keep a safe display name only: no directories, no control characters.
      filename:
        file.filename
          .replace(/^.*[\\/]/, '')
          .replace(/[\p{Cc}]/gu, '')
          .slice(0, 200) || 'file',
      sizeBytes: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
    })
    .returning();
  return row!;
}

export async function getFile(
  executor: Executor,
  orgId: string,
  id: string,
): Promise<StoredFile | undefined> {
  const [row] = await executor
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.orgId, orgId), eq(storedFiles.id, id)));
  return row;
}
