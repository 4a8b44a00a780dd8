package id.kim.csv;

import id.kim.core.community.KimProfile;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one record into a valid profile or a {@link RowError}: structure first (quotes, extra
 * cells), then every cell, then {@link KimValidator} on the whole profile, each violation reported
 * on the column it comes from.
 */
final class RowMapper {
  /** Where each profile path comes from, longest prefix first. */
  private static final List<Map.Entry<String, Tabel31Column>> PATHS = List.of(
      Map.entry("seat.district.regencyCity", Tabel31Column.REGENCY_CITY),
      Map.entry("seat.district", Tabel31Column.DISTRICT),
      Map.entry("seat", Tabel31Column.VILLAGE), Map.entry("districtSeat.regencyCity", Tabel31Column.REGENCY_CITY),
      Map.entry("districtSeat", Tabel31Column.DISTRICT), Map.entry("regencyCitySeat", Tabel31Column.REGENCY_CITY),
      Map.entry("seatAtOneLevel", Tabel31Column.VILLAGE), Map.entry("address.rtRw", Tabel31Column.RT_RW),
      Map.entry("address", Tabel31Column.ADDRESS),
      Map.entry("targetAudience.socioEconomicStatus", Tabel31Column.SOCIO_ECONOMIC),
      Map.entry("targetAudience.villages", Tabel31Column.AUDIENCE_VILLAGES),
      Map.entry("targetAudience", Tabel31Column.AUDIENCE), Map.entry("name", Tabel31Column.NAME),
      Map.entry("type", Tabel31Column.TYPE), Map.entry("communityNumber", Tabel31Column.NUMBER),
      Map.entry("contactPerson", Tabel31Column.CONTACT), Map.entry("fixedLine", Tabel31Column.PHONE),
      Map.entry("whatsapp", Tabel31Column.WHATSAPP), Map.entry("email", Tabel31Column.EMAIL),
      Map.entry("media", Tabel31Column.MEDIA), Map.entry("fieldsOfActivity", Tabel31Column.FIELDS),
      Map.entry("publicIssues", Tabel31Column.ISSUES), Map.entry("frequency", Tabel31Column.FREQUENCY),
      Map.entry("contentTypes", Tabel31Column.CONTENT), Map.entry("partnershipPeriods", Tabel31Column.PERIODS),
      Map.entry("reach", Tabel31Column.REACH), Map.entry("responses", Tabel31Column.RESPONSES));

  private final Tabel31Header header;
  private final ProfileAssembler assembler;

  RowMapper(Tabel31Options options, Tabel31Header header) {
    this.header = header;
    this.assembler = new ProfileAssembler(options, header);
  }

  Either<RowError, KimProfile> map(RawRow record) {
    RowCells cells = new RowCells(header, record);
    record.problem.ifPresent(p -> cells.add(structure(p, record)));
    for (int i = header.width(); i < record.cells.length; i++) {
      if (!record.cells[i].isEmpty()) {
        cells.add(CellProblem.ofRow("#" + (i + 1), "csv.extraCells", String.valueOf(header.width())));
        break;
      }
    }
    Optional<KimProfile> profile = record.problem.isPresent() ? Optional.empty() : assembler.assemble(cells);
    if (profile.isEmpty() || !cells.problems().isEmpty()) {
      return Either.left(error(record, cells));
    }
    Validation<Seq<FieldViolation>, KimProfile> checked = KimValidator.standard().validate(profile.get());
    if (checked.isValid()) {
      return Either.right(checked.get());
    }
    checked.getError().forEach(v -> {
      Tabel31Column column = columnOf(v.path());
      cells.add(CellProblem.ofViolation(column, header.header(column), v));
    });
    return Either.left(error(record, cells));
  }

  private RowError error(RawRow record, RowCells cells) {
    return ImmutableRowError.builder().row(record.row).line(record.line)
        .kimName(cells.text(Tabel31Column.NAME).map(CellText::strip))
        .problems(cells.problems()).build();
  }

  private CellProblem structure(RawRow.Structure problem, RawRow record) {
    String key = switch (problem) {
      case UNTERMINATED_QUOTE -> "csv.quote.unterminated";
      case TOO_LONG -> "csv.tooLong";
      case TEXT_AFTER_QUOTE -> "csv.quote.textAfter";
    };
    return CellProblem.ofRow(header.writtenAt(record.problemCell), key);
  }

  static Tabel31Column columnOf(String path) {
    for (Map.Entry<String, Tabel31Column> e : PATHS) {
      if (path.equals(e.getKey()) || path.startsWith(e.getKey() + ".") || path.startsWith(e.getKey() + "[")) {
        return e.getValue();
      }
    }
    return Tabel31Column.NAME;
  }
}
