// Uploaded zips (submissions, organisations' starters) checked on arrival, so the uploader hears at once.
import { unzipSync } from 'fflate';
import { AppError } from '../platform/errors.ts';

/**
 * Refuses a zip whose entries would land outside its folder, at once, so the candidate can fix it before the
 * deadline (the grader's unpacker refuses it too, and every other unsafe archive, with a report line).
 */
export function refuseUnsafeZip(content: Buffer) {
  const names: string[] = [];
  try {
    unzipSync(new Uint8Array(content), {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    throw new AppError(
      'unprocessable',
      'This zip file cannot be read. Please create it again and re-upload.',
    );
  }
  const unsafe = names.find(
    (name) =>
      name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.replace(/\\/g, '/').split('/').includes('..'),
  );
  if (unsafe) {
    throw new AppError(
      'unprocessable',
      `The archive contains a path that points outside its folder (${JSON.stringify(unsafe.slice(0, 120))}). Please zip your project folder as it is and upload again.`,
    );
  }
  if (names.length === 0) throw new AppError('unprocessable', 'The zip file is empty.');
}
