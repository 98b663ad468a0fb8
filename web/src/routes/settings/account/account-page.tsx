import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/page-header';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';

export function AccountPage() {
  return (
    <>
      <PageHeader title="Account" description="Your name and password." />
      <Stack gap="lg" maw={560}>
        <ProfileForm />
        <PasswordForm />
      </Stack>
    </>
  );
}
