import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileUpload, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';

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
      </Menu.Dropdown>
    </Menu>
  );
}
