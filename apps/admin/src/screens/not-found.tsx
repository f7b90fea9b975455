import { Anchor, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'

export function NotFoundScreen() {
  return (
    <Stack>
      <Title order={2}>Not found</Title>
      <Text>There is no screen at this address.</Text>
      <Anchor component={Link} to="/products">
        Go to products
      </Anchor>
    </Stack>
  )
}
