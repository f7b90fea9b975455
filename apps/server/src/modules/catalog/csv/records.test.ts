import { describe, expect, it } from 'vitest'
import { openText } from './fixtures/csv-files.js'
import { CsvSyntaxError, readCsvRecords, type CsvRecord } from './records.js'

async function records(text: string, chunkSize?: number): Promise<CsvRecord[]> {
  const all: CsvRecord[] = []
  for await (const record of readCsvRecords(openText(text, chunkSize))) all.push(record)
  return all
}

describe('product csv: records and line numbers', () => {
  it('numbers each record by the line it starts on, after multi-line quoted fields', async () => {
    const text = 'a,b\n1,"x\ny\nz"\n2,3\n'
    expect(await records(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x\ny\nz'] },
      { line: 5, cells: ['2', '3'] },
    ])
  })

  it('counts a CRLF inside a quoted field as one line (csv-parse info.lines counts it as two)', async () => {
    const text = 'a,b\r\n1,"x\r\ny\r\nz"\r\n2,3\r\n'
    expect((await records(text)).map((record) => record.line)).toEqual([1, 2, 5])
  })

  it('strips a UTF-8 BOM and keeps multi-byte text intact across chunk boundaries', async () => {
    const text = '\uFEFFHandle,Title\r\ncafé-crème,Café crème ☕\r\n'
    for (const chunkSize of [1, 2, 3, 7, 1000]) {
      expect(await records(text, chunkSize), `chunks of ${chunkSize}`).toEqual([
        { line: 1, cells: ['Handle', 'Title'] },
        { line: 2, cells: ['café-crème', 'Café crème ☕'] },
      ])
    }
  })

  it('skips blank lines and all-empty rows but still counts their lines', async () => {
    const text = 'a,b\n\n1,2\n,\n  , \n3,4'
    expect(await records(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
      { line: 6, cells: ['3', '4'] },
    ])
  })

  it('rejects an unclosed quote naming the line its record starts on', async () => {
    const error = await records('a,b\n1,2\n3,"never closed\n4,5\n').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CsvSyntaxError)
    expect(error).toMatchObject({ line: 3, message: expect.stringContaining('never closed') })
  })

  it('yields every record before a syntax error, then stops', async () => {
    const seen: number[] = []
    const drain = async () => {
      for await (const record of readCsvRecords(openText('a,b\n1,2\n3,"bad"x\n4,5\n', 1000))) seen.push(record.line)
    }
    await expect(drain()).rejects.toMatchObject({ name: 'CsvSyntaxError', line: 3, message: expect.stringContaining('doubled') })
    expect(seen).toEqual([1, 2])
  })

  it('passes on an error from the source stream', async () => {
    const { Readable } = await import('node:stream')
    const failing = () =>
      new Readable({
        read() {
          this.destroy(new Error('disk on fire'))
        },
      })
    const drain = async () => {
      for await (const _ of readCsvRecords(failing)) void _
    }
    await expect(drain()).rejects.toThrow('disk on fire')
  })
})
