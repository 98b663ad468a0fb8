import type { DemoSeeder } from '../demo/demo-seed.ts';
import { hashPassword, newSecret } from '../platform/security/secrets.ts';
import { type UserRole, users } from './accounts.tables.ts';

const teammates: { name: string; role: UserRole }[] = [
  { name: 'Priya Raman', role: 'recruiter' },
  { name: 'Marcus Webb', role: 'hiring_manager' },
  { name: 'Elena Sokolova', role: 'interviewer' },
  { name: 'Tomás Herrera', role: 'interviewer' },
  { name: 'Aisha Bello', role: 'interviewer' },
  { name: 'Jonas Lindqvist', role: 'interviewer' },
];

/** A believable hiring team. They get unguessable passwords: an admin can send them a reset link. */
export const teamDemoSeeder: DemoSeeder = {
  name: 'team',
  async seed({ tx, orgId, orgSlug }) {
    const passwordHash = await hashPassword(newSecret());
    await tx.insert(users).values(
      teammates.map((teammate) => ({
        orgId,
        name: teammate.name,
        role: teammate.role,
        email: `${teammate.name
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(' ', '.')}@${orgSlug}.example`,
        passwordHash,
      })),
    );
  },
};
