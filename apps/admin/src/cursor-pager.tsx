import { Button, Group } from '@mantine/core'

/** First page and next page over the API's keyset pages (a cursor has no "previous": the browser's back does that). */
export function CursorPager({
  cursor,
  nextCursor,
  onCursor,
}: {
  cursor?: string
  nextCursor?: string | null
  onCursor: (cursor: string | null) => void
}) {
  return (
    <Group>
      <Button variant="default" disabled={!cursor} onClick={() => onCursor(null)}>
        First page
      </Button>
      <Button variant="default" disabled={!nextCursor} onClick={() => onCursor(nextCursor ?? null)}>
        Next page
      </Button>
    </Group>
  )
}
