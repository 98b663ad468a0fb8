import { Button, Menu } from '@mantine/core';
import {
  IconChevronDown,
  IconDownload,
  IconFileUpload,
  IconPencil,
  IconTableImport,
  IconUserPlus,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { candidateExportUrl } from '../../../api/candidate-imports';

export function AddCandidateMenu() {
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          Add candidate
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileUpload size={18} aria-hidden />}
          renderRoot={(props) => <Link {...props} to="/candidates/new" search={{ mode: 'resume' }} />}
        >
          Upload a résumé
        </Menu.Item>
        <Menu.Item
          leftSection={<IconPencil size={18} aria-hidden />}
          renderRoot={(props) => <Link {...props} to="/candidates/new" search={{ mode: 'manual' }} />}
        >
          Enter by hand
        </Menu.Item>
        <Menu.Item
          leftSection={<IconTableImport size={18} aria-hidden />}
          renderRoot={(props) => <Link {...props} to="/candidates/import" />}
        >
          Import a CSV file
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconDownload size={18} aria-hidden />}
          component="a"
          href={candidateExportUrl}
          download
        >
          Export the pool (JSON)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
