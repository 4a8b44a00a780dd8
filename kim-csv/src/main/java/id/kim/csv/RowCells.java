package id.kim.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cells of one row, decoded column by column, and the problems found so far. A cell that is not
 * valid UTF-8 is reported on its own column and read as empty; the other cells are unaffected.
 */
final class RowCells {
  private final Tabel31Header header;
  private final Map<Tabel31Column, String> texts = new EnumMap<>(Tabel31Column.class);
  private final List<CellProblem> problems = new ArrayList<>();

  RowCells(Tabel31Header header, CsvRecord record, CharsetDecoder decoder) {
    this.header = header;
    for (Tabel31Column column : Tabel31Column.values()) {
      Optional<Integer> position = header.position(column);
      if (position.isPresent() && position.get() < record.cells.size()) {
        decode(record.cells.get(position.get()), decoder).ifPresentOrElse(t -> {
          if (!CellText.strip(t).isEmpty()) {
            texts.put(column, t.replace("\r\n", "\n").replace('\r', '\n').strip());
          }
        }, () -> problem(column, "csv.encoding"));
      }
    }
  }

  /** @return a strict UTF-8 decoder, one per reader (decoders are not thread-safe) */
  static CharsetDecoder utf8() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** @return the text of the bytes, or empty if they are not valid UTF-8 */
  static Optional<String> decode(byte[] bytes, CharsetDecoder decoder) {
    try {
      return Optional.of(decoder.reset().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** @return the cell's text, trimmed, if the file has the column and the cell is not blank */
  Optional<String> text(Tabel31Column column) {
    return Optional.ofNullable(texts.get(column));
  }

  /**
   * @param column a column
   * @param reader reads the cell; a {@link CellFormatException} becomes a problem on the column
   * @param <T> what the cell holds
   * @return the value, or empty if the cell is blank or unreadable
   */
  <T> Optional<T> read(Tabel31Column column, Function<String, T> reader) {
    Optional<String> text = text(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reader.apply(text.get()));
    } catch (CellFormatException e) {
      problem(column, e.key, e.args);
      return Optional.empty();
    }
  }

  void problem(Tabel31Column column, String key, String... args) {
    problems.add(CellProblem.of(column, header.header(column), key, args));
  }

  void add(CellProblem problem) {
    problems.add(problem);
  }

  List<CellProblem> problems() {
    return problems;
  }

  String header(Tabel31Column column) {
    return header.header(column);
  }
}
