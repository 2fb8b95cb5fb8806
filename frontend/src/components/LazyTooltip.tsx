import type { TooltipProps } from '@mantine/core';
import {
  cloneElement,
  lazy,
  Suspense,
  useState,
  type FocusEvent,
  type MouseEvent,
  type ReactElement,
} from 'react';

const MantineTooltip = lazy(() => import('./tooltip-on-demand'));

type ChildHandlers = {
  onMouseEnter?: (event: MouseEvent) => void;
  onMouseLeave?: (event: MouseEvent) => void;
  onFocus?: (event: FocusEvent) => void;
  onBlur?: (event: FocusEvent) => void;
};

/**
 * Mantine's Tooltip, whose code (with floating-ui, about 15 KB gzipped) loads when the pointer or
 * the keyboard focus first reaches the element: a list of badges on the portal's first screen
 * should not pay for it. Once loaded it is the plain Tooltip, opened if the user is still there.
 */
export function Tooltip({
  children,
  ...props
}: Omit<TooltipProps, 'children'> & { children: ReactElement<ChildHandlers> }) {
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
  const enter = () => {
    setHovered(true);
    setLoading(true);
  };
  return cloneElement(children, {
    onMouseEnter: (event: MouseEvent) => {
      own.onMouseEnter?.(event);
      enter();
    },
    onFocus: (event: FocusEvent) => {
      own.onFocus?.(event);
      enter();
    },
    onMouseLeave: (event: MouseEvent) => {
      own.onMouseLeave?.(event);
      setHovered(false);
    },
    onBlur: (event: FocusEvent) => {
      own.onBlur?.(event);
      setHovered(false);
    },
  });
}
