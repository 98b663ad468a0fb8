import { Badge, NavLink, Paper, Text } from '@mantine/core';
import { type EmailTemplate, shippedTemplateKeys } from '../../../api/email-templates';

type TemplateListProps = {
  templates: EmailTemplate[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
};

export function TemplateList({ templates, selectedKey, onSelect }: TemplateListProps) {
  return (
    <Paper withBorder radius="md" p="xs" component="nav" aria-label="Templates">
      {templates.map((template) => {
        const shipped = shippedTemplateKeys.includes(template.key);
        return (
          <NavLink
            key={template.key}
            component="button"
            type="button"
            label={template.name}
            description={
              <Text span size="xs" c="dimmed" lineClamp={1}>
                {template.subject}
              </Text>
            }
            rightSection={
              (template.customised || !shipped) && (
                <Badge size="xs" variant="light" color={shipped ? 'indigo' : 'teal'}>
                  {shipped ? 'Edited' : 'Yours'}
                </Badge>
              )
            }
            active={template.key === selectedKey}
            aria-current={template.key === selectedKey ? 'true' : undefined}
            onClick={() => onSelect(template.key)}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </Paper>
  );
}
