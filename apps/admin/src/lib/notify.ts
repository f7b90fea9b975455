import { notifications } from '@mantine/notifications'

/** A toast for the outcome of an action; its close button is named for screen readers. */
export function notify(color: 'green' | 'red', message: string, title?: string) {
  notifications.show({ color, message, title, closeButtonProps: { 'aria-label': 'Dismiss' } })
}
