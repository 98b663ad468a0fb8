import { Button, Center, Container, Loader } from '@mantine/core';
import { type ErrorComponentProps, Link, useRouter } from '@tanstack/react-router';
import { PublicPage } from './public-page';
import { ErrorState } from './query-states';

/** Shown while a page's code or data loads, after a short delay. */
export function RoutePending() {
  return (
    <Center mih="50vh">
      <Loader aria-label="Loading page" />
    </Center>
  );
}

export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <Container size="sm" py="xl">
      <ErrorState error={error} onRetry={() => void router.invalidate()} />
    </Container>
  );
}

export function NotFound() {
  return (
    <PublicPage
      title="We could not find that page"
      description="The link may be mistyped, or the page has moved. Start again from Home."
    >
      <Button component={Link} to="/" fullWidth>
        Go to Home
      </Button>
    </PublicPage>
  );
}
