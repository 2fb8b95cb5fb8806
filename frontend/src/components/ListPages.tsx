import { Group, Pagination, Text, type GroupProps } from '@mantine/core';

/**
 * What sits under a paged list: how many it holds (when `count` is given) and, when there is more
 * than one page, the pages, whose previous and next buttons say so to screen readers. `page`
 * counts from 1, as people do.
 */
export function ListPages({
  page,
  pages,
  onPage,
  count,
  justify = 'flex-end',
  mt = 'sm',
  ...layout
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  count?: string;
} & GroupProps) {
  if (count === undefined && pages <= 1) return null;
  return (
    <Group justify={count === undefined ? justify : 'space-between'} mt={mt} {...layout}>
      {count !== undefined && (
        <Text size="sm" c="dimmed">
          {count}
        </Text>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onPage}
          getControlProps={(control) => ({
            'aria-label':
              control === 'previous'
                ? 'Previous page'
                : control === 'next'
                  ? 'Next page'
                  : undefined,
          })}
        />
      )}
    </Group>
  );
}
