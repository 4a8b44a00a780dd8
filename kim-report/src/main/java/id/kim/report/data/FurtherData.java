package id.kim.report.data;

import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.issue.PublicIssue;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the optional inputs after the records — grid assessments, issues, category decisions, mapping
 * policy, monitoring, national table — and completes every KIM they name from the records
 * ({@link KimNames}). A problem is one line naming the input and the JSONPath.
 */
final class FurtherData {
  private FurtherData() {}

  static Either<String, Boolean> read(Inputs in, KimNames names, ImmutableDataset.Builder b, Lang lang) {
    return step(in.grid(), i -> Loader.grid(i, lang).flatMap(g -> grid(g, names, i.name(), lang)), b::grid, b)
        .flatMap(x -> step(in.issues(), i -> Loader.issues(i, lang).flatMap(v -> issues(v, names, i.name(), lang)),
            b::issues, b))
        .flatMap(x -> step(in.decisions(),
            i -> Loader.decisions(i, lang).flatMap(v -> decisions(v, names, i.name(), lang)), b::decisions, b))
        .flatMap(x -> step(in.mappingPolicy(), i -> Loader.mappingPolicy(i, lang), b::mappingPolicy, b))
        .flatMap(x -> step(in.monitoring(),
            i -> Loader.monitoring(i, lang).flatMap(v -> monitoring(v, names, i.name(), lang)), b::monitoring, b))
        .flatMap(x -> step(in.national(), i -> Loader.national(i, lang), b::national, b));
  }

  /** Reads one optional input into the builder. */
  private static <T> Either<String, Boolean> step(Optional<Input> input, Function<Input, Either<String, T>> read,
      Consumer<T> set, ImmutableDataset.Builder b) {
    if (input.isEmpty()) {
      return Either.right(false);
    }
    return read.apply(input.get()).map(value -> {
      set.accept(value);
      b.addSources(input.get().name());
      return true;
    });
  }

  private static Either<String, List<GridAssessment>> grid(List<GridAssessment> read, KimNames names, String file,
      Lang lang) {
    List<GridAssessment> out = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      GridAssessment a = read.get(i);
      Either<String, KimRef> kim = names.resolve(a.kim(), file + ": $[" + i + "].kim", lang);
      if (kim.isLeft()) {
        return Either.left(kim.getLeft());
      }
      out.add(a.withKim(kim.get()));
    }
    return Either.right(out);
  }

  private static Either<String, List<CategoryDecision>> decisions(List<CategoryDecision> read, KimNames names,
      String file, Lang lang) {
    List<CategoryDecision> out = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      Either<String, KimRef> kim = names.resolve(read.get(i).kim(), file + ": $[" + i + "].kim", lang);
      if (kim.isLeft()) {
        return Either.left(kim.getLeft());
      }
      out.add(read.get(i).withKim(kim.get()));
    }
    return Either.right(out);
  }

  private static Either<String, List<PublicIssue>> issues(List<PublicIssue> read, KimNames names, String file,
      Lang lang) {
    List<PublicIssue> out = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      Set<KimRef> named = new LinkedHashSet<>();
      int j = 0;
      for (KimRef ref : read.get(i).recordedKims()) {
        Either<String, KimRef> kim = names.resolve(ref, file + ": $[" + i + "].recordedKims[" + j++ + "]", lang);
        if (kim.isLeft()) {
          return Either.left(kim.getLeft());
        }
        named.add(kim.get());
      }
      out.add(read.get(i).withRecordedKims(named));
    }
    return Either.right(out);
  }

  private static Either<String, List<MonitoringRecord>> monitoring(List<MonitoringRecord> read, KimNames names,
      String file, Lang lang) {
    List<MonitoringRecord> out = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      MonitoringRecord r = read.get(i);
      String at = file + ": $[" + i + "]";
      Either<String, KimRef> kim = names.resolve(r.kim(), at + ".kim", lang);
      if (kim.isLeft()) {
        return Either.left(kim.getLeft());
      }
      List<DisseminationLogEntry> log = new ArrayList<>();
      for (int j = 0; j < r.log().size(); j++) {
        Either<String, KimRef> k = names.resolve(r.log().get(j).kim(), at + ".log[" + j + "].kim", lang);
        if (k.isLeft()) {
          return Either.left(k.getLeft());
        }
        log.add(r.log().get(j).withKim(k.get()));
      }
      List<SocialContent> social = new ArrayList<>();
      for (int j = 0; j < r.socialContent().size(); j++) {
        Either<String, KimRef> k = names.resolve(r.socialContent().get(j).kim(), at + ".socialContent[" + j + "].kim",
            lang);
        if (k.isLeft()) {
          return Either.left(k.getLeft());
        }
        social.add(r.socialContent().get(j).withKim(k.get()));
      }
      out.add(MonitoringRecord.builder().from(r).kim(kim.get()).log(log).socialContent(social).build());
    }
    return Either.right(out);
  }
}
