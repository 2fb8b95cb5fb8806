// Its own module so that the lazy import below gets Mantine's Tooltip alone, not the whole barrel.
export { Tooltip as default } from '@mantine/core';
