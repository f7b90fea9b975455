/**
 * A rate typed by staff as a percentage ("15", "8.25", "7,5") in basis points (1500, 825, 750),
 * without floating point: the digits are joined as text, as toMinorUnits does for money. Undefined
 * when it is not a percentage with at most two decimals.
 */
export function percentToBasisPoints(text: string): number | undefined {
  const match = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(text.trim())
  if (!match) return undefined
  return Number(match[1]! + (match[2] ?? '').padEnd(2, '0'))
}

/** 825 → "8.25", 1500 → "15", 750 → "7.5": a rate in basis points as staff type it (no % sign). */
export function basisPointsToPercent(basisPoints: number): string {
  const fraction = basisPoints % 100
  const whole = (basisPoints - fraction) / 100
  const digits = String(fraction).padStart(2, '0').replace(/0+$/, '')
  return digits ? `${whole}.${digits}` : String(whole)
}

/** "8.25 %": a rate in basis points for reading. */
export const formatPercent = (basisPoints: number) => `${basisPointsToPercent(basisPoints)} %`
