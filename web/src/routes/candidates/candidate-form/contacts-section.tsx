import { SimpleGrid, TextInput } from '@mantine/core';
import { IconBrandGithub, IconBrandLinkedin, IconBrandStackoverflow, IconWorld } from '@tabler/icons-react';
import { fieldId } from '../../roles/blueprint-editor/field-paths';
import { ContactRows } from './contact-rows';
import { FormSection } from './form-section';
import type { SectionProps } from './section-props';

export function ContactsSection({ draft, errors, update }: SectionProps) {
  const setLink = (name: keyof typeof draft.links, value: string) =>
    update({ links: { ...draft.links, [name]: value } });
  return (
    <FormSection
      title="Contact and links"
      description="The same e-mail, phone or GitHub account on two profiles is how Hirebench spots duplicates."
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ContactRows
          path="emails"
          label="E-mail"
          type="email"
          rows={draft.emails}
          errors={errors}
          onChange={(emails) => update({ emails })}
        />
        <ContactRows
          path="phones"
          label="Phone"
          type="tel"
          rows={draft.phones}
          errors={errors}
          onChange={(phones) => update({ phones })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          id={fieldId('links.github')}
          label="GitHub"
          description="A handle or a github.com link."
          leftSection={<IconBrandGithub size={18} aria-hidden />}
          value={draft.links.github}
          onChange={(event) => setLink('github', event.currentTarget.value)}
          error={errors['links.github']}
          maxLength={200}
        />
        <TextInput
          id={fieldId('links.linkedin')}
          label="LinkedIn"
          description="The profile link."
          leftSection={<IconBrandLinkedin size={18} aria-hidden />}
          value={draft.links.linkedin}
          onChange={(event) => setLink('linkedin', event.currentTarget.value)}
          error={errors['links.linkedin']}
          maxLength={300}
        />
        <TextInput
          id={fieldId('links.stackoverflow')}
          label="Stack Overflow"
          description="The profile link; a high reputation shows depth and the knack of explaining."
          leftSection={<IconBrandStackoverflow size={18} aria-hidden />}
          value={draft.links.stackoverflow}
          onChange={(event) => setLink('stackoverflow', event.currentTarget.value)}
          error={errors['links.stackoverflow']}
          maxLength={300}
        />
        <TextInput
          id={fieldId('links.website')}
          label="Website"
          description="A portfolio, blog or personal site."
          leftSection={<IconWorld size={18} aria-hidden />}
          value={draft.links.website}
          onChange={(event) => setLink('website', event.currentTarget.value)}
          error={errors['links.website']}
          maxLength={300}
        />
      </SimpleGrid>
    </FormSection>
  );
}
