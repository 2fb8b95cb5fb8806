interface LogoProps {
  size?: number;
}

/** Medley's mark: a pulse line in a rounded square. Decorative; the product name sits beside it. */
export function Logo({ size = 32 }: LogoProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-primary-color-filled, #185eb3)" />
      <path
        d="M5 17h6l2.5-6 4 11 3-8 1.5 3H27"
        fill="none"
        stroke="#fff"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
