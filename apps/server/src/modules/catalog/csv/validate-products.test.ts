import { describe, expect, it } from 'vitest'
import { firstRow, openFixture, openText, productCsv, variantRow, type Cells } from './fixtures/csv-files.js'
import { validateProductCsv } from './read-products.js'

/** Validates rows under the standard header; returns the errors without their messages unless asked. */
async function errorsOf(rows: Cells[], options: { currency?: string } = {}) {
  const report = await validateProductCsv(openText(productCsv(rows)), options)
  return report.errors
}

const at = (line: number, column: string, message?: string) => ({
  line,
  column,
  message: message ? expect.stringContaining(message) : expect.any(String),
})

describe('product csv: validation of a good file', () => {
  it('reads a Shopify export with variants, image-only rows and unknown columns without errors', async () => {
    const report = await validateProductCsv(openFixture('shopify-products.csv'))
    expect(report).toEqual({ rows: 6, products: 2, errors: [], errorCount: 0 })
  })

  it('matches header names case-insensitively and ignores surrounding spaces', async () => {
    const text = ' handle ,TITLE,variant price\nhat,Hat,5\n'
    expect(await validateProductCsv(openText(text))).toEqual({ rows: 1, products: 1, errors: [], errorCount: 0 })
  })
})

describe('product csv: validation names the line and column', () => {
  it('rejects a bad price on a row after a multi-line quoted Body (HTML)', async () => {
    const rows = [
      firstRow('tee', { 'Body (HTML)': '<p>one</p>\n<p>two</p>\n<p>three</p>' }),
      variantRow('tee', 'L', { 'Variant Price': 'abc' }),
    ]
    // Header line 1; the first row spans lines 2–4, so the bad row is line 5, not record 3.
    expect(await errorsOf(rows)).toEqual([at(5, 'Variant Price', '"abc" is not a price')])
  })

  it('rejects the same bad row at the same line in a BOM + CRLF file', async () => {
    const rows = [
      firstRow('tee', { 'Body (HTML)': '<p>one</p>\r\n<p>two</p>\r\n<p>three</p>' }),
      variantRow('tee', 'L', { 'Variant Price': 'abc' }),
    ]
    const report = await validateProductCsv(openText(productCsv(rows, { eol: '\r\n', bom: true })))
    expect(report.errors).toEqual([at(5, 'Variant Price')])
  })

  it('rejects prices with too many decimals or no digits', async () => {
    const rows = [
      firstRow('a', { 'Variant Price': '12.345' }),
      firstRow('b', { 'Variant Compare At Price': 'abc' }),
      firstRow('c', { 'Variant Price': '1,299.00' }),
    ]
    expect(await errorsOf(rows)).toEqual([
      at(2, 'Variant Price', 'too many decimal places: USD has 2'),
      at(3, 'Variant Compare At Price', 'is not a price'),
      at(4, 'Variant Price', 'thousands separators'),
    ])
  })

  it('rejects decimals in JPY, which has none, and accepts whole yen', async () => {
    const rows = [firstRow('a', { 'Variant Price': '1200' }), firstRow('b', { 'Variant Price': '1200.50' })]
    expect(await errorsOf(rows, { currency: 'JPY' })).toEqual([at(3, 'Variant Price', 'JPY has no minor units')])
  })

  it('rejects a handle whose rows are not contiguous', async () => {
    const rows = [firstRow('a'), firstRow('b'), variantRow('a', 'L')]
    expect(await errorsOf(rows)).toEqual([at(4, 'Handle', '"a" already appeared on line 2')])
  })

  it('rejects a SKU used twice anywhere in the file', async () => {
    const rows = [
      firstRow('a', { 'Variant SKU': 'SKU-1' }),
      firstRow('b', { 'Variant SKU': 'SKU-2' }),
      variantRow('b', 'L', { 'Variant SKU': 'SKU-1' }),
    ]
    expect(await errorsOf(rows)).toEqual([at(4, 'Variant SKU', '"SKU-1" is already used on line 2')])
  })

  it('rejects missing required cells: Handle, Title on the first row, Variant Price', async () => {
    const rows = [firstRow('a', { Title: '' }), variantRow('a', 'L', { 'Variant Price': '' }), variantRow('', 'XL')]
    expect(await errorsOf(rows)).toEqual([
      at(2, 'Title', 'is required'),
      at(3, 'Variant Price', 'is required'),
      at(4, 'Handle', 'is required'),
    ])
  })

  it('rejects a bad handle, negative inventory, bad weights, status and Published values', async () => {
    const rows = [
      firstRow('Blue Shirt'),
      firstRow('b', { 'Variant Inventory Qty': '-2' }),
      firstRow('c', { 'Variant Grams': 'heavy' }),
      firstRow('d', { Status: 'live' }),
      firstRow('e', { Published: 'yes' }),
    ]
    expect(await errorsOf(rows)).toEqual([
      at(2, 'Handle', 'not a handle'),
      at(3, 'Variant Inventory Qty', 'whole number of 0 or more'),
      at(4, 'Variant Grams'),
      at(5, 'Status', 'active, draft or archived'),
      at(6, 'Published', 'TRUE or FALSE'),
    ])
  })

  it('rejects a Variant Weight without a valid unit', async () => {
    const header = ['Handle', 'Title', 'Variant Price', 'Variant Weight', 'Variant Weight Unit']
    const text = productCsv(
      [
        { Handle: 'a', Title: 'A', 'Variant Price': '1', 'Variant Weight': '2', 'Variant Weight Unit': 'lb' },
        { Handle: 'b', Title: 'B', 'Variant Price': '1', 'Variant Weight': '2' },
        { Handle: 'c', Title: 'C', 'Variant Price': '1', 'Variant Weight': '2', 'Variant Weight Unit': 'stone' },
      ],
      { header },
    )
    expect((await validateProductCsv(openText(text))).errors).toEqual([
      at(3, 'Variant Weight Unit', 'is required'),
      at(4, 'Variant Weight Unit', 'g, kg, lb or oz'),
    ])
  })

  it('rejects text longer than the schema allows', async () => {
    const rows = [
      firstRow('a', { Title: 'x'.repeat(301) }),
      firstRow('b', { 'Variant SKU': 's'.repeat(101) }),
      firstRow('c', { 'SEO Description': 'd'.repeat(1001) }),
    ]
    expect(await errorsOf(rows)).toEqual([
      at(2, 'Title', 'limit is 300'),
      at(3, 'Variant SKU', 'limit is 100'),
      at(4, 'SEO Description', 'limit is 1000'),
    ])
  })

  it('rejects a malformed currency option before reading the file', async () => {
    let opened = false
    const open = () => {
      opened = true
      return openText('Handle,Title,Variant Price\n')()
    }
    await expect(validateProductCsv(open, { currency: 'dollars' })).rejects.toMatchObject({
      type: 'validation',
      errors: [{ pointer: '/currency' }],
    })
    expect(opened).toBe(false)
  })

  it('reports a missing required column once, at line 1, and stops', async () => {
    const report = await validateProductCsv(openText('Handle,Title\na,A\n'))
    expect(report).toEqual({ rows: 0, products: 0, errors: [at(1, 'Variant Price', 'missing from the header')], errorCount: 1 })
  })

  it('reports broken quoting at the line its record starts and counts the rows before it', async () => {
    const text = productCsv([firstRow('a'), firstRow('b', { 'Variant Price': 'abc' })]) + 'c,"Broken "quote",,\n'
    const report = await validateProductCsv(openText(text))
    expect(report.errors).toEqual([at(3, 'Variant Price'), { line: 4, column: '', message: expect.stringContaining('doubled') }])
    expect(report.rows).toBe(2)
  })

  it('rejects a row with more cells than the header', async () => {
    expect((await validateProductCsv(openText('Handle,Title,Variant Price\na,A,1,oops\n'))).errors).toEqual([
      at(2, 'Column 4', 'header has only 3 columns'),
    ])
  })
})

describe('product csv: validation of variants and options', () => {
  it('rejects option values that do not match the option names on the first row', async () => {
    const rows = [
      firstRow('a', { 'Option2 Name': 'Color', 'Option2 Value': 'Red' }),
      variantRow('a', 'L'), // no Option2 Value
      variantRow('a', 'XL', { 'Option2 Value': 'Red', 'Option3 Value': 'Cotton' }), // no Option3 Name
    ]
    expect(await errorsOf(rows)).toEqual([
      at(3, 'Option2 Value', 'Option2 Name is "Color"'),
      at(4, 'Option3 Value', 'Option3 Name is empty'),
    ])
  })

  it('rejects an option name gap and a repeated option name', async () => {
    const rows = [
      firstRow('a', { 'Option2 Name': '', 'Option3 Name': 'Color', 'Option3 Value': 'Red' }),
      firstRow('b', { 'Option2 Name': 'size', 'Option2 Value': 'L' }),
    ]
    expect(await errorsOf(rows)).toEqual([at(2, 'Option2 Name', 'Option3 Name is filled'), at(3, 'Option2 Name', 'repeats Option1 Name')])
  })

  it('rejects two variants with the same option values', async () => {
    const rows = [firstRow('a'), variantRow('a', 'L'), variantRow('a', 'M', { 'Variant SKU': 'other' })]
    expect(await errorsOf(rows)).toEqual([at(4, 'Option1 Value', 'repeats the option combination M of line 2')])
  })

  it('rejects a second variant on a product without options', async () => {
    const rows = [firstRow('a', { 'Option1 Name': '', 'Option1 Value': '' }), { Handle: 'a', 'Variant SKU': 'a-2', 'Variant Price': '2' }]
    expect(await errorsOf(rows)).toEqual([at(3, 'Option1 Value', 'has no options')])
  })

  it('rejects more than 250 variants once, on the 251st', async () => {
    // 26 sizes × 10 colours: under 100 values per option, over 250 combinations.
    const rows = Array.from({ length: 260 }, (_, i) => {
      const cells = { 'Option2 Value': `colour-${i % 10}`, 'Variant SKU': `a-${i}` }
      return i === 0
        ? firstRow('a', { ...cells, 'Option1 Value': 'size-0', 'Option2 Name': 'Colour' })
        : variantRow('a', `size-${Math.floor(i / 10)}`, cells)
    })
    // The first row (line 2) holds variant 1, so variant 251 is on line 252.
    expect(await errorsOf(rows)).toEqual([at(252, 'Handle', 'more than 250 variants')])
  })

  it('rejects more than 100 values for one option once, at the 101st', async () => {
    const rows = [firstRow('a', { 'Option1 Value': 'size-0' }), ...Array.from({ length: 102 }, (_, i) => variantRow('a', `size-${i + 1}`))]
    expect(await errorsOf(rows)).toEqual([at(102, 'Option1 Value', 'more than 100 values')])
  })

  it('rejects a product field on a later row unless it repeats the first row', async () => {
    const rows = [
      firstRow('a', { Vendor: 'Acme' }),
      variantRow('a', 'L', { Vendor: 'Acme' }),
      variantRow('a', 'XL', { Vendor: 'Other', Title: 'Another' }),
    ]
    expect(await errorsOf(rows)).toEqual([at(4, 'Title', 'belongs on the first row'), at(4, 'Vendor', 'belongs on the first row')])
  })

  it('rejects a later row with neither a variant nor an image, and alt text without an image', async () => {
    const rows = [firstRow('a'), { Handle: 'a' }, { Handle: 'a', 'Image Alt Text': 'Front' }]
    // A row with only a Handle counts as data, so it is not skipped as blank.
    expect(await errorsOf(rows)).toEqual([
      at(3, 'Variant Price', 'neither a variant nor an image'),
      at(4, 'Image Src', 'is required when Image Alt Text'),
    ])
  })
})

describe('product csv: validation error limit', () => {
  it('stops collecting after maxErrors but still counts every error', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => firstRow(`p${i}`, { 'Variant Price': 'free' }))
    const report = await validateProductCsv(openText(productCsv(rows)), { maxErrors: 2 })
    expect(report).toEqual({ rows: 5, products: 5, errors: [at(2, 'Variant Price'), at(3, 'Variant Price')], errorCount: 5 })
  })
})
