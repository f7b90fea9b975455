import { pipeline } from 'node:stream'
import { CsvError, parse } from 'csv-parse'

/**
 * The largest record we buffer. A Body (HTML) may be 100,000 characters; anything far beyond that is a
 * runaway quote swallowing the rest of the file, and buffering it would break the bounded-memory promise.
 */
const MAX_RECORD_CHARS = 1_000_000

export interface CsvRecord {
  /** 1-based line in the file where the record starts. */
  line: number
  cells: string[]
}

/** The file is not CSV at some point; nothing after `line` can be trusted. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message)
    this.name = 'CsvSyntaxError'
  }
}

/**
 * Streams the records of a CSV file (the header included), each with the line it starts on.
 * Handles a UTF-8 BOM and LF or CRLF line endings; skips blank lines and rows of empty cells,
 * which spreadsheets leave at the end of a sheet.
 *
 * Line numbers are counted here rather than taken from csv-parse's `info.lines`: that is the line a
 * record *ends* on, and csv-parse 7 counts a CRLF inside a quoted field as two lines, so every
 * record after a multi-line Body (HTML) in a Windows file would be reported too far down.
 */
export async function* readCsvRecords(open: () => NodeJS.ReadableStream): AsyncGenerator<CsvRecord> {
  const parser = parse({ bom: true, relax_column_count: true, max_record_size: MAX_RECORD_CHARS })
  // pipeline, not pipe: a failing source must fail the loop below, and leaving the loop early
  // (a consumer that stops reading) must close the source.
  pipeline(open(), parser, () => {})
  let line = 1
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = line
      line += 1 + cells.reduce((breaks, cell) => breaks + countLineBreaks(cell), 0)
      if (cells.every((cell) => cell.trim() === '')) continue
      yield { line: start, cells }
    }
  } catch (error) {
    if (error instanceof CsvError) throw new CsvSyntaxError(line, describe(error))
    throw error
  }
}

function countLineBreaks(cell: string): number {
  if (!cell.includes('\n') && !cell.includes('\r')) return 0
  return cell.match(/\r\n|\r|\n/g)?.length ?? 0
}

function describe(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field starting in this record is never closed; a " is missing'
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a quote inside a field must be doubled ("") and the field itself quoted'
    case 'CSV_MAX_RECORD_SIZE':
      return `a record is longer than ${MAX_RECORD_CHARS} characters; a quote is probably missing`
    default:
      return `the file is not valid CSV: ${error.message}`
  }
}
