import { pipeline } from 'node:stream'
import { parse, type CsvError, type Options } from 'csv-parse'

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

/** The file is not CSV from `line` on; nothing after it can be split into fields reliably. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
    this.name = 'CsvSyntaxError'
  }
}

/**
 * Streams the records of a CSV file (the header included), each with the line it starts on.
 * Handles a UTF-8 BOM and LF or CRLF line endings; skips blank lines and rows of empty cells,
 * which spreadsheets leave at the end of a sheet. Throws CsvSyntaxError at the first broken record,
 * after every record before it has been yielded.
 *
 * Line numbers are counted here rather than taken from csv-parse's `info.lines`: that is the line a
 * record *ends* on, and csv-parse 7 counts a CRLF inside a quoted field as two lines, so every record
 * after a multi-line Body (HTML) in a Windows file would be reported too far down.
 */
export async function* readCsvRecords(open: () => NodeJS.ReadableStream): AsyncGenerator<CsvRecord> {
  let line = 1 // where the next record csv-parse finishes starts
  let failed = false
  const options: Options<CsvRecord, string[]> = {
    bom: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
    // Numbering happens as csv-parse finishes each record, not as we consume it, so `line` is right
    // even when an error arrives while earlier records still sit in the stream's buffer.
    on_record: (cells: string[]): CsvRecord | null => {
      if (failed) return null
      const start = line
      line += 1 + cells.reduce((breaks, cell) => breaks + countLineBreaks(cell), 0)
      return cells.every((cell) => cell.trim() === '') ? null : { line: start, cells }
    },
    // A plain error would destroy the stream and drop the records buffered before it; as a skipped
    // record it can be queued behind them instead (see the 'skip' handler).
    skip_records_with_error: true,
  }
  // csv-parse types on_record as returning the record type only when `columns` is set; the runtime
  // pushes whatever it returns.
  const parser = parse(options as unknown as Options)
  parser.on('skip', (error: CsvError) => {
    if (failed) return
    failed = true
    parser.push(new CsvSyntaxError(line, describe(error)))
  })
  // pipeline, not pipe: a failing source must fail the loop below, and leaving the loop early
  // (a consumer that stops, or the syntax error) must close the source.
  pipeline(open(), parser, () => {})
  for await (const item of parser as AsyncIterable<CsvRecord | CsvSyntaxError>) {
    if (item instanceof CsvSyntaxError) throw item
    yield item
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
      return `the file is not valid CSV here: ${error.message}`
  }
}
