import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import type { CreatedToken } from './token-create'

/**
 * The new token's secret, shown this once: the API keeps only its hash. Closing the dialog drops
 * it from the page; it cannot be shown again, only revoked and replaced.
 */
export function TokenSecretDialog({ token, onClose }: { token: CreatedToken | null; onClose: () => void }) {
  return (
    <Modal
      opened={token !== null}
      onClose={onClose}
      title="Your new API token"
      size="lg"
      // Not closed by a stray click or key: the secret would be lost.
      closeOnClickOutside={false}
      closeOnEscape={false}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {token && (
        <Stack>
          <Alert color="#8a3b00" title="You will not see this token again" data-testid="shown-once">
            Copy it now and keep it where the integration reads its secrets. If it is lost, revoke it and create another.
          </Alert>
          <TextInput
            label={`Token “${token.name}”`}
            value={token.token}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'monospace' } }}
            data-testid="token-secret"
          />
          <Text size="sm">
            Integrations send it in a header: <Code>Authorization: Bearer {token.prefix}…</Code>
          </Text>
          <Group justify="space-between">
            <CopyButton value={token.token}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'filled' : 'default'} color={copied ? '#1b5e20' : undefined} onClick={copy}>
                  {copied ? 'Copied' : 'Copy token'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>I have copied it</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
