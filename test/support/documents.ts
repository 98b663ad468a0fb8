import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { zipSync } from 'fflate';
import PDFDocument from 'pdfkit';

/** A real PDF with the given lines of text, as a browser would upload it. */
export function makePdf(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Résumé' } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    for (const line of lines) document.fontSize(11).text(line);
    document.end();
  });
}

/** A real Word (DOCX) document with one paragraph per line. */
export function makeDocx(lines: string[]): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return Packer.toBuffer(document);
}

/** A multipart/form-data body, built by the platform's own FormData, for app.inject. */
export async function multipartBody(
  fields: Record<string, string>,
  files: Record<string, { filename: string; content: Buffer; type: string }> = {},
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, file] of Object.entries(files)) {
    form.append(name, new Blob([new Uint8Array(file.content)], { type: file.type }), file.filename);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  };
}

/** A folder as a zip with one top-level folder, as "Compress" in a file manager makes it. */
export function zipFolder(dir: string, top = 'solution'): Buffer {
  const entries: Record<string, Uint8Array> = {};
  const pending = [dir];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) entries[`${top}/${relative(dir, path)}`] = new Uint8Array(readFileSync(path));
    }
  }
  return Buffer.from(zipSync(entries));
}
