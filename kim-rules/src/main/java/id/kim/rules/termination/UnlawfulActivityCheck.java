package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * TERM-4 "Terlibat dalam kegiatan melanggar hukum (tindak pidana/kriminal)": no data a Dinas holds can
 * show it, and the juknis sets no standard (suspect, charged, convicted — RULES.md GAP-06). It is
 * {@code UNKNOWN} here and enters only as an officer's reported {@link Indication} with its
 * evidence; whether it is proven is the Dinas' decision in the review. Only when the Dinas recorded,
 * after its own check, that there is no criminal case ({@link KnownAbsence#CRIMINAL_CASES}, tercatat
 * tidak ada) is it clear (PROPOSED); a later report still opens a review.
 */
final class UnlawfulActivityCheck extends TriggerCheck {

  @Override
  TerminationTrigger trigger() {
    return TerminationTrigger.UNLAWFUL_ACTIVITY;
  }

  @Override
  Option<KnownAbsence> checkedFact() {
    return Option.some(KnownAbsence.CRIMINAL_CASES);
  }

  @Override
  Seq<Hit> hits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return List.empty();
  }

  @Override
  Message indicated(Seq<Hit> hits, KimRecord record, Dinas dinas, LocalDate asOf) {
    throw new IllegalStateException("TERM-4 is never detected from data");
  }

  @Override
  Option<Message> unknown(KimRecord record, Dinas dinas, LocalDate asOf) {
    return record.isRecordedAsNone(KnownAbsence.CRIMINAL_CASES) ? Option.none()
        : Option.some(message("TERM-4.unknown"));
  }

  @Override
  Message clear(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return message("TERM-4.clear", asOf);
  }
}
