package id.kim.report.pipeline;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.community.PartnershipPeriod;
import id.kim.report.data.Dataset;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is a partner (mitra) on the as-of date: a KIM holding a partnership period that contains the day
 * (PROFILE-r, designation T4). Only a partner's collaboration can be continued or reviewed (MONITOR-PURPOSE,
 * TERM-PROC-1); for any other KIM no recommendation applies. The report holds no lifecycle state, so this is
 * how it — and the command line's {@code kim evaluate-dissemination} — tell a partner apart.
 */
public final class Partners {
  private Partners() {}

  /**
   * @param record a KIM's record
   * @param asOf the day
   * @return the partnership period running on {@code asOf} (both ends inclusive), if any
   */
  public static Optional<PartnershipPeriod> periodOn(KimRecord record, LocalDate asOf) {
    return record.profile().partnershipPeriods().stream().filter(pp -> pp.period().contains(asOf)).findFirst();
  }

  /**
   * @param data the records of a Dinas
   * @param asOf the day
   * @return the KIM of the data that are partners on {@code asOf}
   */
  public static Set<KimRef> of(Dataset data, LocalDate asOf) {
    return data.records().stream().filter(r -> periodOn(r, asOf).isPresent()).map(r -> KimRef.from(r.profile()))
        .collect(Collectors.toSet());
  }
}
