import { Badge } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { Tooltip } from './LazyTooltip';

describe('a tooltip whose code loads on the first hover', () => {
  it('shows its label on that first hover and hides it when the pointer leaves', async () => {
    render(
      <AppProvider>
        <Tooltip label="Contains patient information">
          <Badge>PHI</Badge>
        </Tooltip>
      </AppProvider>,
    );
    const user = userEvent.setup();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.hover(screen.getByText('PHI'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Contains patient information');

    await user.unhover(screen.getByText('PHI'));
    await expect.poll(() => screen.queryByRole('tooltip')).toBeNull();
  });
});
