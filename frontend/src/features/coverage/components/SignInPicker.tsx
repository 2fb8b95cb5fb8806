import { Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { type SignIn, useSignInAccounts } from '../api/catalog';

const NOT_LINKED = '';

function label(account: { name: string; email?: string | null; username: string }) {
  return `${account.name} · ${account.email ?? account.username}`;
}

/**
 * Which sign-in account a staff record names: searched among the accounts its employer's people
 * sign in with. An account another record names is shown with that record and cannot be picked.
 */
export function SignInPicker({
  employerId,
  staffId,
  value,
  current,
  onChange,
  error,
}: {
  /** The record's employer; null while a contracted person has no partner yet. */
  employerId: number | null;
  staffId: number | null;
  value: number | null;
  /** The account the record names now, shown even when the search does not list it. */
  current: SignIn | null;
  onChange: (accountId: number | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  // The picked account's label, kept so it still shows when a new search no longer lists it.
  const [picked, setPicked] = useState<{ id: number; label: string } | null>(
    current ? { id: current.id, label: label(current) } : null,
  );
  const selectedLabel =
    value === null ? 'Not linked' : picked?.id === value ? picked.label : undefined;
  // Selecting fills the search box with the label: that is not a search.
  const [q] = useDebouncedValue(search === selectedLabel ? '' : search, 250);
  const accounts = useSignInAccounts(employerId, q);

  const options = new Map<string, { label: string; disabled?: boolean }>();
  options.set(NOT_LINKED, { label: 'Not linked' });
  if (picked && picked.id === value) options.set(String(picked.id), { label: picked.label });
  for (const account of accounts.data?.items ?? []) {
    const elsewhere = account.staffId != null && account.staffId !== staffId;
    options.set(String(account.id), {
      label: elsewhere ? `${label(account)} — linked to ${account.staffName}` : label(account),
      disabled: elsewhere,
    });
  }
  const more = (accounts.data?.total ?? 0) - (accounts.data?.items.length ?? 0);

  return (
    <Select
      label="Signs in as"
      description={
        employerId === null
          ? 'Choose the partner first: the account must belong to the same employer.'
          : 'The account this person signs in with. Until it is linked, the desk cannot give them tickets.'
      }
      placeholder="Search by name or e-mail"
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      disabled={employerId === null}
      data={[...options].map(([optionValue, option]) => ({ value: optionValue, ...option }))}
      value={value === null ? NOT_LINKED : String(value)}
      onChange={(chosen) => {
        const id = chosen ? Number(chosen) : null;
        if (id !== null) setPicked({ id, label: options.get(String(id))?.label ?? '' });
        onChange(id);
      }}
      allowDeselect={false}
      nothingFoundMessage={
        accounts.isFetching ? 'Searching…' : 'No account of this employer matches'
      }
      error={error}
      inputContainer={(children) => (
        <>
          {children}
          {more > 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              {more} more accounts: type to narrow the list.
            </Text>
          )}
        </>
      )}
    />
  );
}
