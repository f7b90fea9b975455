import { Box, Text } from '@mantine/core'

interface Day {
  date: string
  orders: number
}

/**
 * Orders per day as bars: a small SVG, since one bar chart does not warrant a charting library's
 * weight. Screen readers get the series as a sentence (role="img" with a label).
 */
export function DailyOrdersChart({ days }: { days: Day[] }) {
  const max = Math.max(1, ...days.map((d) => d.orders))
  const width = 600
  const height = 140
  const slot = width / Math.max(1, days.length)
  const total = days.reduce((n, d) => n + d.orders, 0)
  const busiest = days.reduce<Day | undefined>((best, d) => (!best || d.orders > best.orders ? d : best), undefined)
  const label = `Orders per day over the last ${days.length} days: ${total} in all${busiest && busiest.orders > 0 ? `, most on ${busiest.date} (${busiest.orders})` : ''}.`
  return (
    <Box>
      <svg viewBox={`0 0 ${width} ${height + 20}`} width="100%" role="img" aria-label={label} data-testid="daily-chart">
        {days.map((day, i) => {
          const barHeight = (day.orders / max) * height
          return (
            <rect
              key={day.date}
              x={i * slot + 2}
              y={height - barHeight}
              width={Math.max(1, slot - 4)}
              height={barHeight}
              rx={2}
              fill="var(--mantine-color-blue-8)"
            >
              <title>{`${day.date}: ${day.orders} orders`}</title>
            </rect>
          )
        })}
        <line x1={0} x2={width} y1={height} y2={height} stroke="var(--mantine-color-gray-5)" />
        <text x={0} y={height + 16} fontSize={12} fill="var(--mantine-color-dimmed)">
          {days[0]?.date}
        </text>
        <text x={width} y={height + 16} fontSize={12} textAnchor="end" fill="var(--mantine-color-dimmed)">
          {days.at(-1)?.date}
        </text>
      </svg>
      <Text size="xs" c="dimmed">
        Peak: {max} orders a day
      </Text>
    </Box>
  )
}
