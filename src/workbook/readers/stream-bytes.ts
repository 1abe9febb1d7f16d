/**
 * The streaming CSV reader over bytes (UTF-8, Windows-1252, ISO-8859-15): the file is never decoded
 * whole; records are split on the bytes (ByteCsvScanner) and only new values become strings. It
 * gives exactly what the text path (csvChunks in stream.ts) gives: same rows, same chunks, and the
 * encoding_mismatch warning at the same place, because it follows the text path piece by piece
 * (DECODE_BYTES pieces): a piece's records are split when the text path would split them, over
 * the bytes the text decoder would have decoded (a character cut at a piece's end waits).
 */
import type { Diagnostic, RawTable } from "../../core/types";
import { readCsvHead, unterminatedQuote, type CsvHead } from "./csv";
import { ByteQueue, concatBytes, Utf8Tracker, type ByteText } from "./bytes";
import { fixSingleByte, SingleByteStreamDecoder, Utf8StreamDecoder, type TextEncodingName } from "./decode";
import { MixedUtf8Stream, mixedField } from "./mixed-utf8";
import { ByteCsvScanner, type FieldDecoder } from "./scan-bytes";
import { csvSink, DECODE_BYTES, encodingWatch, RowSink, type TextSource } from "./stream-rows";

/** True for the encodings read as bytes (the others, UTF-16, go through the text path). */
export function byteReadable(encoding: TextEncodingName): boolean {
  return encoding === "utf-8" || encoding === "windows-1252" || encoding === "iso-8859-15";
}

/** A CSV file as bytes: its first buffers, the rest, and how ranges of bytes become strings. */
export interface ByteCsvSource extends TextSource {
  parts: Uint8Array[];
  rest: AsyncIterable<Uint8Array>;
  byteText: ByteText;
}

/** The file's encoding as the byte path follows it: the mismatch offset and the bytes a piece holds back. */
export interface Follower {
  readonly encoding: TextEncodingName;
  readonly mismatchAt: number;
  readonly held: number;
  write(piece: Uint8Array): void;
  end(): void;
  /** The text of a piece as the text path decodes it (head only: a few pieces). */
  text(piece: Uint8Array): string;
  /** The text held at the end of the file. */
  tail(): string;
  /** A field's text from its bytes. */
  field: FieldDecoder;
}

/** How the byte path follows the file's encoding (mismatch, bytes held) and decodes fields. */
export function follower(src: ByteCsvSource): Follower {
  const bt = src.byteText;
  const decoder = src.decoder;
  if (decoder instanceof SingleByteStreamDecoder) {
    const enc = decoder.encoding;
    return {
      encoding: enc,
      get mismatchAt() {
        return decoder.mismatchAt;
      },
      held: 0,
      write: (piece) => decoder.track(piece),
      end: () => void decoder.end(),
      text: (piece) => fixSingleByte(bt.latin1(piece, 0, piece.length), enc),
      tail: () => "",
      field: (b, from, to, ascii) =>
        ascii ? bt.latin1(b, from, to) : fixSingleByte(bt.latin1(b, from, to), enc),
    };
  }
  const tracker = new Utf8Tracker(bt.isUtf8);
  const td = new MixedUtf8Stream();
  const utf8 = mixedField(bt.utf8);
  // Stray bytes in the sample (a UTF-8 file with a few bytes of another encoding): known from the start.
  const early = decoder instanceof Utf8StreamDecoder ? decoder.early : -1;
  return {
    encoding: "utf-8",
    get mismatchAt() {
      return early >= 0 ? early : tracker.mismatchAt;
    },
    get held() {
      return tracker.held;
    },
    write: (piece) => tracker.write(piece),
    end: () => tracker.end(),
    text: (piece) => td.write(piece),
    tail: () => td.end(),
    field: (b, from, to, ascii) => (ascii ? bt.latin1(b, from, to) : utf8(b, from, to)),
  };
}

/** The bytes of the sample's buffers then of the rest of the file, in pieces of DECODE_BYTES at most. */
export async function* bytePieces(
  sample: Uint8Array[],
  rest: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  for (let part = sample.shift(); part !== undefined; part = sample.shift()) yield* cut(part);
  for await (const part of rest) yield* cut(part);
}

function* cut(part: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < part.length; i += DECODE_BYTES) yield part.subarray(i, i + DECODE_BYTES);
}

/**
 * CSV over bytes: the head is read from decoded text as csvChunks reads it; the bytes after it are
 * split by a ByteCsvScanner, piece by piece, when csvChunks would split its text.
 */
export async function* csvByteChunks(src: ByteCsvSource): AsyncGenerator<RawTable> {
  const reader = new ByteCsvReader(src);
  for await (const piece of bytePieces(src.parts, src.rest)) yield* reader.piece(piece);
  yield* reader.end();
}

/** The state of csvByteChunks between pieces. */
/**
 * What the CSV and FEC byte readers keep between pieces: the text path they follow, its encoding
 * watch, the bytes not split yet, the head read before the header is located.
 */
export class ByteReaderState {
  protected readonly f: Follower;
  protected readonly watch: () => Diagnostic[];
  protected readonly queue: ByteQueue;
  protected readonly head: HeadBytes;
  /** Bytes of the queue the text path would have as text (the others: a character not complete yet). */
  protected decoded = 0;

  constructor(protected readonly src: ByteCsvSource) {
    this.f = follower(src);
    this.watch = encodingWatch(this.f);
    this.queue = new ByteQueue(src.byteText.alloc ?? ((size: number) => new Uint8Array(size)));
    this.head = new HeadBytes(this.f);
  }
}

class ByteCsvReader extends ByteReaderState {
  private sink: RowSink<string[]> | null = null;
  private scanner: ByteCsvScanner | null = null;
  private nextRow = 0;
  private openQuote = false;

  /** The chunks completed by the next piece of the file. */
  piece(piece: Uint8Array): RawTable[] {
    const { f, queue } = this;
    f.write(piece);
    if (this.sink === null || this.scanner === null) {
      if (!this.head.push(piece, f.text(piece))) return [];
      const h = readCsvHead(this.head.text, this.src.source, false);
      return h === null ? [] : this.start(h);
    }
    const from = this.decoded;
    queue.push(piece);
    this.decoded = queue.length - f.held;
    // As csvChunks: no split while the new text has no line break (nor a quote to close an open one).
    const text = queue.bytes.subarray(from, this.decoded);
    if (this.openQuote ? text.indexOf(QUOTE) < 0 : !holdsBreakOrQuote(text)) return [];
    const t = this.scanner.scan(queue.bytes, 0, this.decoded, false);
    for (const r of t.records) this.sink.push(r, this.nextRow++);
    queue.shift(t.end);
    this.decoded -= t.end;
    this.openQuote = t.openQuote === true;
    for (const d of this.watch()) this.sink.note(d);
    return this.sink.drain();
  }

  /** End of the file: the last records (or the head of a file too short to show it before), the last chunk. */
  end(): RawTable[] {
    this.f.end();
    const out: RawTable[] = [];
    // The text held at the end (a cut character) is a last piece of text while the head is looked for.
    const tail = this.sink === null ? this.f.tail() : "";
    const h =
      tail !== "" && this.head.push(new Uint8Array(0), tail)
        ? readCsvHead(this.head.text, this.src.source, false)
        : null;
    if (h !== null) out.push(...this.start(h));
    let sink = this.sink;
    let unterminatedRow: number;
    if (sink === null || this.scanner === null) {
      const whole = readCsvHead(this.head.text, this.src.source, true);
      sink = csvSink(whole, this.src, this.watch).sink;
      unterminatedRow = whole.unterminatedRow;
    } else {
      const t = this.scanner.scan(this.queue.bytes, 0, this.queue.length, true);
      const base = this.nextRow;
      for (const r of t.records) sink.push(r, this.nextRow++);
      unterminatedRow = t.unterminatedRecord >= 0 ? base + t.unterminatedRecord : -1;
    }
    for (const d of this.watch()) sink.note(d);
    if (unterminatedRow >= 0) sink.note(unterminatedQuote(unterminatedRow));
    sink.end();
    out.push(...sink.drain());
    return out;
  }

  /** The head is found: the sink starts with its records, the bytes after it wait for the next piece. */
  private start(h: CsvHead): RawTable[] {
    this.scanner = new ByteCsvScanner(h.separator, this.f.field, this.f.encoding === "utf-8");
    const started = csvSink(h, this.src, this.watch);
    this.sink = started.sink;
    this.nextRow = started.nextRow;
    this.queue.push(this.head.after(h.end));
    this.decoded = this.queue.length - this.f.held;
    for (const d of this.watch()) this.sink.note(d);
    return this.sink.drain();
  }
}

/** The beginning of the file while its head is looked for: its text and its bytes. */
export class HeadBytes {
  text = "";
  private raw: Uint8Array[] = [];

  constructor(private readonly f: Follower) {}

  /** Adds a piece (its bytes and its decoded text); false when it adds no text (the text path sees no piece). */
  push(piece: Uint8Array, text: string): boolean {
    this.raw.push(piece);
    if (text === "") return false;
    this.text += text;
    return true;
  }

  /** The bytes from character `end` of the text on (the records not split yet), as the field decoder reads them. */
  after(end: number): Uint8Array {
    const raw = concatBytes(this.raw);
    this.raw = [];
    const text = this.text;
    this.text = "";
    // Single-byte encodings: one character per byte.
    if (this.f.encoding !== "utf-8") return raw.subarray(end);
    // UTF-8: the text after the head encoded again (U+FFFD for invalid bytes reads back as U+FFFD),
    // then the bytes of a character the decoder still holds.
    const rest = new TextEncoder().encode(text.slice(end));
    const held = raw.subarray(raw.length - this.f.held);
    return concatBytes([rest, held]);
  }
}

const QUOTE = 0x22;

function holdsBreakOrQuote(text: Uint8Array): boolean {
  return text.indexOf(0x0a) >= 0 || text.indexOf(0x0d) >= 0 || text.indexOf(QUOTE) >= 0;
}
