import type { TooltipProps } from '@mantine/core';
import { cloneElement, lazy, Suspense, useState, type MouseEvent, type ReactElement } from 'react';

const MantineTooltip = lazy(() => import('./tooltip-on-demand'));

type HoverHandlers = {
  onMouseEnter?: (event: MouseEvent) => void;
  onMouseLeave?: (event: MouseEvent) => void;
};

/**
 * Mantine's Tooltip, whose code (with floating-ui, about 15 KB gzipped) loads when the pointer
 * first reaches the element: a list of badges on the portal's first screen should not pay for it.
 * Once loaded it is the plain Tooltip, open if the pointer is still there. The child is mounted
 * again at that moment, so use it on elements that do not take focus (badges, icons); like
 * Mantine's default, it opens on hover only.
 */
export function Tooltip({
  children,
  ...props
}: Omit<TooltipProps, 'children'> & { children: ReactElement<HoverHandlers> }) {
  const [loading, setLoading] = useState(false);
  const [hovered, setHovered] = useState(false);
  if (loading) {
    return (
      <Suspense fallback={children}>
        <MantineTooltip {...props} defaultOpened={hovered}>
          {children}
        </MantineTooltip>
      </Suspense>
    );
  }
  const own = children.props;
  return cloneElement(children, {
    onMouseEnter: (event: MouseEvent) => {
      own.onMouseEnter?.(event);
      setHovered(true);
      setLoading(true);
    },
    onMouseLeave: (event: MouseEvent) => {
      own.onMouseLeave?.(event);
      setHovered(false);
    },
  });
}
