import { notFound } from 'next/navigation'

/** Any other address: the region's 404, with the shop's header around it. */
export default function Unknown(): never {
  notFound()
}
