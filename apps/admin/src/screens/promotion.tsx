import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { useCan } from '../lib/session'
import { PromotionForm } from './promotion-form'
import { describeValue, PromotionStateBadge, stateOf, usesText } from './promotion-summary'

/** One promotion (or a new one, at /promotions/new): its terms to change, and deactivating or reactivating it. */
export function PromotionScreen() {
  const { promotionId = '' } = useParams()
  const can = useCan()
  const editable = can('promotions:write')
  const creating = promotionId === 'new'

  return (
    <Stack>
      <Anchor component={Link} to="/promotions" size="sm">
        ← Promotions
      </Anchor>
      {creating ? (
        editable ? (
          <>
            <Title order={2}>New promotion</Title>
            <PromotionForm editable />
          </>
        ) : (
          <Alert color="red" title="Not allowed" role="alert">
            Your role does not include creating promotions (promotions:write).
          </Alert>
        )
      ) : (
        <ExistingPromotion promotionId={promotionId} editable={editable} />
      )}
    </Stack>
  )
}

function ExistingPromotion({ promotionId, editable }: { promotionId: string; editable: boolean }) {
  const queries = useQueryClient()
  const promotion = useQuery({
    queryKey: ['promotion', promotionId],
    queryFn: () => unwrap(api.GET('/admin/promotions/{promotionId}', { params: { path: { promotionId } } })),
  })
  const toggle = useMutation({
    mutationFn: (active: boolean) =>
      unwrap(api.PATCH('/admin/promotions/{promotionId}', { params: { path: { promotionId } }, body: { active } })),
    onSuccess: (saved) => {
      queries.setQueryData(['promotion', promotionId], saved)
      void queries.invalidateQueries({ queryKey: ['promotions'] })
      notify('green', saved.active ? 'Promotion reactivated' : 'Promotion deactivated')
    },
    onError: (error) => notify('red', error.message, 'The promotion was not changed'),
  })

  if (promotion.isPending) return <Text>Loading…</Text>
  if (promotion.isError) return <Alert color="red">{promotion.error.message}</Alert>
  const p = promotion.data
  return (
    <>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{p.name}</Title>
          <PromotionStateBadge state={stateOf(p)} />
        </Group>
        {editable && (
          <Button
            variant={p.active ? 'outline' : 'filled'}
            color={p.active ? 'red.9' : undefined}
            loading={toggle.isPending}
            onClick={() => toggle.mutate(!p.active)}
          >
            {p.active ? 'Deactivate' : 'Reactivate'}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" data-testid="promotion-summary">
        {p.code ? `Code ${p.code}` : 'Automatic'} · {describeValue(p)} · used {usesText(p)} · created{' '}
        {new Date(p.createdAt).toLocaleDateString()}
      </Text>
      {/* Keyed by the stored terms: after a save the form starts from what the API kept (deactivating keeps edits). */}
      <PromotionForm key={JSON.stringify({ ...p, active: null, usageCount: null })} promotion={p} editable={editable} />
    </>
  )
}
