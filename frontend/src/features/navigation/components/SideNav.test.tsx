import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SideNav } from './SideNav';

function renderNav(roles: string[], path = '/') {
  render(
    <MantineProvider>
      <MemoryRouter initialEntries={[path]}>
        <nav aria-label="Main navigation">
          <SideNav roles={roles} />
        </nav>
      </MemoryRouter>
    </MantineProvider>,
  );
  return within(screen.getByRole('navigation', { name: 'Main navigation' }));
}

const linkNames = (nav: ReturnType<typeof renderNav>) =>
  nav.getAllByRole('link').map((link) => link.querySelector('.mantine-NavLink-label')?.textContent);

describe('SideNav', () => {
  it('shows an agent the portal, the workspace and the (read-only) admin section only', () => {
    const nav = renderNav(['agent']);
    expect(linkNames(nav)).toEqual(['Portal', 'Workspace', 'Vendor cases', 'Admin']);
    expect(nav.getByRole('link', { name: 'Workspace' })).toHaveAttribute('href', '/workspace');
  });

  it('names each link by its label and describes it by its hint', () => {
    const workspace = renderNav(['agent']).getByRole('link', { name: 'Workspace' });
    expect(workspace).toHaveAccessibleName('Workspace');
    expect(workspace).toHaveAccessibleDescription('Queues and tickets');
  });

  it('does not show an end user the workspace', () => {
    const nav = renderNav(['end-user']);
    expect(linkNames(nav)).toEqual(['Portal']);
    expect(nav.queryByRole('link', { name: 'Workspace' })).not.toBeInTheDocument();
  });

  it('shows an IT leader vendor cases, coverage, devices, marketplace, insights and admin', () => {
    expect(linkNames(renderNav(['it-leader']))).toEqual([
      'Vendor cases',
      'Coverage',
      'Devices',
      'Marketplace',
      'Insights',
      'Admin',
    ]);
  });

  it('shows an admin every section', () => {
    expect(linkNames(renderNav(['admin']))).toEqual([
      'Portal',
      'Workspace',
      'Vendor cases',
      'Partner desk',
      'Coverage',
      'Devices',
      'Marketplace',
      'Insights',
      'Admin',
    ]);
  });

  it('marks the current section', () => {
    const nav = renderNav(['agent'], '/workspace');
    expect(nav.getByRole('link', { name: 'Workspace' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Portal' })).not.toHaveAttribute('aria-current');
  });

  it('marks the workspace on a ticket, and only vendor cases on theirs', () => {
    let nav = renderNav(['agent'], '/workspace/tickets/5');
    expect(nav.getByRole('link', { name: 'Workspace' })).toHaveAttribute('aria-current', 'page');
    cleanup();
    nav = renderNav(['agent'], '/workspace/vendor-cases');
    expect(nav.getByRole('link', { name: 'Vendor cases' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Workspace' })).not.toHaveAttribute('aria-current');
  });

  it('says so when a role opens no section', () => {
    const nav = renderNav(['unknown-role']);
    expect(nav.queryAllByRole('link')).toHaveLength(0);
    expect(nav.getByText(/no sections are available for your role/i)).toBeInTheDocument();
  });
});
