/**
 * The streaming FEC reader over bytes (UTF-8, Windows-1252, ISO-8859-15): lines split on the bytes
 * (ByteCsvScanner.lines), only new values decoded. It gives exactly what the text path (fecChunks
 * in stream.ts) gives, following it piece by piece as the CSV byte reader does (stream-bytes.ts).
 */
import type { Diagnostic, RawTable } from "../../core/types";
import { encodingNotice } from "./decode";
import { fecLayout, fieldsMender, locateFecHeader, readFecFields } from "./fec";
import { ByteCsvScanner } from "./scan-bytes";
import { bytePieces, ByteReaderState, type ByteCsvSource } from "./stream-bytes";
import { RowSink, rowsPerChunk } from "./stream-rows";

/** FEC over bytes: the header line located on decoded text as fecChunks does, then lines split on bytes. */
export async function* fecByteChunks(src: ByteCsvSource): AsyncGenerator<RawTable> {
  const reader = new ByteFecReader(src);
  for await (const piece of bytePieces(src.parts, src.rest)) yield* reader.piece(piece);
  yield* reader.end();
}

/** The state of fecByteChunks between pieces. */
class ByteFecReader extends ByteReaderState {
  /** Set once the header line is located (its separator known). */
  private scanner: ByteCsvScanner | null = null;
  private separator = "";
  private sink: RowSink<string[]> | null = null;
  private nextRow = 0;

  /** The chunks completed by the next piece of the file. */
  piece(piece: Uint8Array): RawTable[] {
    const { f, queue } = this;
    f.write(piece);
    if (this.scanner === null) {
      if (!this.head.push(piece, f.text(piece))) return [];
      const h = locateFecHeader(this.head.text, this.src.source, false);
      if (h === null) return [];
      this.locate(h);
    } else {
      const from = this.decoded;
      queue.push(piece);
      this.decoded = queue.length - f.held;
      // No text for this piece (a character cut): fecChunks sees no piece.
      if (this.decoded === from) return [];
    }
    this.take(false);
    return this.notes();
  }

  /** End of the file: the last line, the last chunk. */
  end(): RawTable[] {
    const cut = this.f.held > 0;
    this.f.end();
    const out: RawTable[] = [];
    if (this.scanner === null) {
      // The text held at the end (a cut character) is a last piece of text while the header is looked for.
      const tail = this.f.tail();
      if (tail !== "" && this.head.push(new Uint8Array(0), tail)) {
        const h = locateFecHeader(this.head.text, this.src.source, false);
        if (h !== null) {
          this.locate(h);
          this.take(false);
          out.push(...this.notes());
        }
      }
      if (this.scanner === null) {
        this.locate(locateFecHeader(this.head.text, this.src.source, true));
        this.take(false);
      }
    } else if (cut) {
      // fecChunks' last piece: the U+FFFD of the cut character, no line break in it.
      out.push(...this.notes());
    }
    this.decoded = this.queue.length;
    this.take(true);
    const sink = this.sink;
    if (sink === null) return out; // unreachable: the last line is taken, the header at least
    for (const d of this.watch()) sink.note(d);
    sink.end();
    out.push(...sink.drain());
    return out;
  }

  private locate(h: { start: number; separator: string; headerRow: number }): void {
    this.scanner = new ByteCsvScanner(h.separator, this.f.field, this.f.encoding === "utf-8");
    this.separator = h.separator;
    this.nextRow = h.headerRow + 1;
    this.queue.push(this.head.after(h.start));
    this.decoded = this.queue.length - this.f.held;
  }

  /** The lines ended in the decoded bytes: the header line sets the layout, the others are rows. */
  private take(final: boolean): void {
    if (this.scanner === null) return;
    const t = this.scanner.lines(this.queue.bytes, this.decoded, final);
    this.queue.shift(t.end);
    this.decoded -= t.end;
    for (const fields of t.records) {
      if (this.sink) this.sink.push(fields, this.nextRow++);
      else this.sink = this.start(fields);
    }
  }

  /** fecChunks after each piece: the encoding warning noted, the chunks completed. */
  private notes(): RawTable[] {
    const sink = this.sink;
    if (sink === null) return [];
    for (const d of this.watch()) sink.note(d);
    return sink.drain();
  }

  private start(headerFields: string[]): RowSink<string[]> {
    const sep = this.separator;
    const layout = fecLayout(headerFields.join(sep), sep);
    const fileDiagnostics = [encodingNotice(this.f.encoding), ...this.watch()];
    return new RowSink<string[]>(
      { headers: layout.headers, firstRow: this.nextRow, source: this.src.source },
      rowsPerChunk(this.src.chunkRows, layout.headers.length),
      fileDiagnostics.filter((d): d is Diagnostic => d !== null),
      // line.trim() === "" on the line the fields were split from.
      (fields) => fields[0].trim() === "" && fields.join(sep).trim() === "",
      (fields, row, diagnostics) => readFecFields(fields, row, layout, diagnostics, () => fields.join(sep)),
      fieldsMender(layout),
    );
  }
}
