import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Rendered instead of the default screen; gets a reset function. */
  fallback?: (error: Error, reset: () => void) => ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Last line of defence: a rendering bug shows a calm page with a way out instead of a blank
 * screen. Data errors are handled where they happen (ErrorState); this catches the rest.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Medley hit an unexpected error', error, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.fallback) return this.props.fallback(error, this.reset);
    return <CrashScreen error={error} />;
  }
}

export function CrashScreen({ error }: { error?: unknown }) {
  const message = error instanceof Error ? error.message : undefined;
  return (
    <Center mih="100vh" p="md" role="alert">
      <Stack align="center" gap="md" maw={520} ta="center">
        <Title order={1} size="h2">
          Medley ran into a problem
        </Title>
        <Text c="dimmed">
          This page stopped working because of an error on our side. Nothing you entered was sent.
          Reloading usually helps; if it keeps happening, tell your IT service desk what you were
          doing.
        </Text>
        {message && (
          <Text size="xs" c="dimmed" ff="monospace">
            {message}
          </Text>
        )}
        <Button onClick={() => window.location.assign('/')}>Reload Medley</Button>
      </Stack>
    </Center>
  );
}
