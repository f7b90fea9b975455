import { useState } from 'react'
import { notify } from '../lib/notify'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ResponseBody } from '@shopstack/sdk'
import { ApiProblem } from '../lib/api'

export type Order = ResponseBody<'/admin/orders/{orderId}', 'get'>

/**
 * One staff action on an order: the API answers with the order as it now is, which replaces the
 * screen's copy; a refusal is kept for the form to show (its field errors next to the fields).
 */
export function useOrderAction<Input>(orderId: string, run: (input: Input) => Promise<Order>, done: string) {
  const queries = useQueryClient()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const mutation = useMutation({
    mutationFn: run,
    onMutate: () => setErrors({}),
    onSuccess: (order) => {
      queries.setQueryData(['order', orderId], order)
      void queries.invalidateQueries({ queryKey: ['orders'] })
      void queries.invalidateQueries({ queryKey: ['dashboard'] })
      notify('green', done)
    },
    onError: (error) => setErrors(error instanceof ApiProblem ? { ...error.fieldErrors(), _: error.message } : { _: error.message }),
  })
  return { ...mutation, errors, setErrors }
}
