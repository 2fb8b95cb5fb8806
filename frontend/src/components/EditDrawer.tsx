import { Drawer, Title, type DrawerProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The side panel a list opens to add an item (`editing` is `'new'`) or change one; closed while
 * `editing` is null. The form inside is keyed by the item, so switching items starts it afresh.
 */
export function EditDrawer<T extends { id: number }>({
  editing,
  onClose,
  noun,
  size = 'md',
  children,
}: {
  editing: T | 'new' | null;
  onClose: () => void;
  /** "application" → titles "New application" and "Change application". */
  noun: string;
  size?: DrawerProps['size'];
  children: (item: T | null) => ReactNode;
}) {
  return (
    <Drawer
      opened={editing !== null}
      onClose={onClose}
      position="right"
      size={size}
      title={
        <Title order={2} size="h3" component="span">
          {editing === 'new' ? `New ${noun}` : `Change ${noun}`}
        </Title>
      }
    >
      {editing !== null && (
        <div key={editing === 'new' ? 'new' : editing.id}>
          {children(editing === 'new' ? null : editing)}
        </div>
      )}
    </Drawer>
  );
}
