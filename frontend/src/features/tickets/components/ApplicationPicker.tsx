import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useApplications } from '@/features/coverage/queries';
import type { Application } from '../types';
import { UNKNOWN_APPLICATION } from '../utils/report';

interface ApplicationPickerProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'
> {
  value: number | null;
  onChange: (application: Application | null) => void;
  /** Offer "Other / I don't know" last (the report form; not a queue filter). */
  offerUnknown?: boolean;
}

/** The aliases that match what was typed, to show why an entry was found. */
function matchingAliases(app: Application, search: string): string[] {
  const typed = search.trim().toLowerCase();
  if (!typed || app.name.toLowerCase().includes(typed)) return [];
  return (app.aliases ?? []).filter((alias) => alias.toLowerCase().includes(typed));
}

/**
 * The application catalog searched by name, vendor and aliases as the user types (GET
 * /api/applications?q=). The chosen application stays in the list while a new search runs, so the
 * box never goes blank; "Other / I don't know", where offered, is always last.
 */
export function ApplicationPicker({
  value,
  onChange,
  offerUnknown = false,
  ...props
}: ApplicationPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<Application | null>(null);
  const found = useApplications(debounced, 0, 20);

  const options = useMemo(() => {
    const items = found.data?.items ?? [];
    const list: Application[] = [...items];
    if (
      chosen &&
      chosen.id !== UNKNOWN_APPLICATION.id &&
      !list.some((item) => item.id === chosen.id)
    )
      list.unshift(chosen);
    if (offerUnknown) list.push(UNKNOWN_APPLICATION);
    return list;
  }, [found.data, chosen, offerUnknown]);

  return (
    <Select
      searchable
      clearable
      data={options.map((app) => ({
        value: String(app.id),
        label: app.name,
      }))}
      renderOption={({ option }) => {
        const app = options.find((item) => String(item.id) === option.value);
        const aliases = app ? matchingAliases(app, search) : [];
        return (
          <div>
            <div>{option.label}</div>
            {app?.vendor && (
              <div style={{ fontSize: 'var(--mantine-font-size-xs)', opacity: 0.7 }}>
                {app.vendor}
                {aliases.length > 0 && ` · also called ${aliases.join(', ')}`}
              </div>
            )}
          </div>
        );
      }}
      value={value === null ? null : String(value)}
      onChange={(id) => {
        const app = options.find((item) => String(item.id) === id) ?? null;
        setChosen(app);
        onChange(app);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        found.isError
          ? 'Application search is not available right now'
          : found.isFetching
            ? 'Searching…'
            : 'No application by that name'
      }
      rightSection={found.isFetching ? <Loader size={14} /> : undefined}
      {...props}
    />
  );
}
