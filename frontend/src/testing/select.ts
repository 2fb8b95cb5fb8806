import { waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

/** Opens a Mantine Select and picks an option from its own list (not another Select's). */
export async function pick(
  user: ReturnType<typeof userEvent.setup>,
  input: HTMLElement,
  name: RegExp,
) {
  await user.click(input);
  await waitFor(() => expect(input).toHaveAttribute('aria-controls'));
  const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
  await user.click(await within(listbox).findByRole('option', { name, hidden: true }));
}
