import { Button } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';

export function NotFound() {
  useDocumentTitle('Page not found · Medley');
  return (
    <EmptyState
      icon={<IconMapOff size={28} stroke={1.5} />}
      title="Page not found"
      description="There is nothing at this address. It may have moved, or the link may be incomplete."
      action={
        <Button component={Link} to="/" variant="light">
          Go to your start page
        </Button>
      }
    />
  );
}
