import { writeFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisations } from '../accounts/accounts.tables.ts';
import { AppError, notFound } from '../platform/errors.ts';
import type { Services } from '../platform/services.ts';
import { offerLetterPdf } from './offer-pdf.ts';
import { renderLetter } from './offers.service.ts';
import { getOffer } from './offers.store.ts';

/**
 * `hirebench offer-letter <offer-id> --org <slug> --out letter.pdf`: the same PDF as the API's download,
 * for the organisation named by its slug (an offer of another organisation is "not found").
 */
export async function offerLetterCommand(
  services: Services,
  options: { offerId: string; org: string; out: string },
  output: NodeJS.WritableStream,
): Promise<number> {
  if (!z.uuid().safeParse(options.offerId).success) {
    throw new AppError('validation_failed', `"${options.offerId}" is not an offer id.`);
  }
  const [organisation] = await services.db
    .select()
    .from(organisations)
    .where(eq(organisations.slug, options.org));
  if (!organisation) throw notFound('organisation');
  const offer = await getOffer(services.db, organisation.id, options.offerId);
  const letter = await renderLetter(services.db, offer);
  const pdf = await offerLetterPdf(letter);
  await writeFile(options.out, pdf);
  output.write(`Wrote ${options.out} (${letter.title}, ${pdf.length.toLocaleString('en-US')} bytes)\n`);
  return 0;
}
