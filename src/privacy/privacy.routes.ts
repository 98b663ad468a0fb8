import { idParams } from '../accounts/accounts.contract.ts';
import { getCandidate } from '../candidates/candidates.store.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { AppError, conflict, notFound } from '../platform/errors.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { confirmsName, eraseCandidate } from './erase.ts';
import { collectCandidateExport, exportFilename, zipCandidateExport } from './export.ts';
import {
  eraseBody,
  eraseResponse,
  privacySettingsInput,
  privacySettingsResponse,
} from './privacy.contract.ts';
import { getPrivacySettings, type PrivacySettings, savePrivacySettings } from './privacy.store.ts';

const tags = ['privacy'];
/** Who may export or erase a candidate's personal data. */
export const privacyOfficers = ['admin', 'recruiter'] as const;

const presentSettings = (settings: PrivacySettings) => ({
  settings: {
    rejectedRetentionMonths: settings.rejectedRetentionMonths,
    updatedAt: settings.updatedAt?.toISOString() ?? null,
  },
});

export function privacyRoutes(app: App, services: Services) {
  app.get(
    '/candidates/:id/export',
    {
      config: { access: privacyOfficers },
      schema: {
        tags,
        summary:
          'Everything held about a candidate (profile, consent, applications with stage history, events, notes, e-mails) as a ZIP with candidate.json and their files',
        params: idParams,
        produces: ['application/zip'],
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const now = new Date();
      const data = await collectCandidateExport(services.db, auth.orgId, request.params.id, now);
      const archive = zipCandidateExport(data);
      await recordAudit(services.db, {
        orgId: auth.orgId,
        actorUserId: auth.user.id,
        action: 'candidate.exported',
        targetType: 'candidate',
        targetId: request.params.id,
        data: { files: data.files.length, bytes: archive.byteLength },
        ip: auth.ip,
      });
      const name = (data.document.candidate as { name: string }).name;
      const filename = exportFilename(name, now);
      return reply
        .type('application/zip')
        .header(
          'content-disposition',
          `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength));
    },
  );

  app.post(
    '/candidates/:id/erase',
    {
      config: { access: privacyOfficers },
      schema: {
        tags,
        summary:
          'Erase a candidate’s personal data everywhere (profile anonymised; skills, notes, files and e-mails deleted); pipeline figures are kept. `confirm` must be the candidate’s name.',
        params: idParams,
        body: eraseBody,
        response: { 200: eraseResponse },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const candidate = await getCandidate(services.db, auth.orgId, request.params.id);
      if (!candidate) throw notFound('candidate');
      if (candidate.anonymisedAt) throw conflict('This candidate’s personal data was already erased.');
      if (!confirmsName(request.body.confirm, candidate.name)) {
        const message = 'Type the candidate’s full name, exactly as shown on the profile, to confirm.';
        throw new AppError('validation_failed', message, [{ path: 'confirm', message }]);
      }
      const summary = await services.db.transaction((tx) =>
        eraseCandidate(tx, {
          orgId: auth.orgId,
          candidateId: candidate.id,
          actorUserId: auth.user.id,
          trigger: 'request',
          ip: auth.ip,
        }),
      );
      return { erased: { ...summary, anonymisedAt: summary.anonymisedAt.toISOString() } };
    },
  );

  app.get(
    '/privacy/settings',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'The organisation’s privacy policy: how long rejected candidates are kept',
        response: { 200: privacySettingsResponse },
      },
    },
    async (request) => presentSettings(await getPrivacySettings(services.db, authOf(request).orgId)),
  );

  app.put(
    '/privacy/settings',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary:
          'Set how many months after their last application closed (rejected or withdrawn) candidates are anonymised',
        body: privacySettingsInput,
        response: { 200: privacySettingsResponse },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const saved = await services.db.transaction(async (tx) => {
        const before = await getPrivacySettings(tx, auth.orgId);
        const after = await savePrivacySettings(tx, auth.orgId, auth.user.id, request.body);
        await recordAudit(tx, {
          orgId: auth.orgId,
          actorUserId: auth.user.id,
          action: 'privacy.settings_changed',
          targetType: 'organisation',
          targetId: auth.orgId,
          data: {
            rejectedRetentionMonths: {
              from: before.rejectedRetentionMonths,
              to: after.rejectedRetentionMonths,
            },
          },
          ip: auth.ip,
        });
        return after;
      });
      return presentSettings(saved);
    },
  );
}
