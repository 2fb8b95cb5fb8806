import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';

export interface SubNavPage {
  path: string;
  label: string;
}

/**
 * Links between the pages of a section (the marketplace's requests, go-lives and scorecards); the
 * current page is marked for screen readers too. Nothing shows when there is only one page.
 */
export function SubNav({ label, pages }: { label: string; pages: readonly SubNavPage[] }) {
  const { pathname } = useLocation();
  if (pages.length < 2) return null;
  const current = [...pages]
    .filter((page) => pathname === page.path || pathname.startsWith(`${page.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <Group component="nav" aria-label={label} gap="xs" mb="md" wrap="wrap">
      {pages.map((page) => {
        const active = page === current;
        return (
          <Button
            key={page.path}
            component={Link}
            to={page.path}
            size="compact-md"
            variant={active ? 'light' : 'subtle'}
            aria-current={active ? 'page' : undefined}
          >
            {page.label}
          </Button>
        );
      })}
    </Group>
  );
}
