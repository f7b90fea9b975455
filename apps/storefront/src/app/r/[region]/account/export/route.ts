import { shopperApi } from '@/lib/api'

/** The shopper's data export, as a file download; the API checks who is asking. */
export async function GET() {
  const { data, response } = await (await shopperApi()).GET('/store/me/export')
  if (!data) return new Response('Sign in to download your data.', { status: response.status === 401 ? 401 : 502 })
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="my-data.json"',
      'cache-control': 'no-store',
    },
  })
}
