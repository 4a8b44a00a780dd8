package id.kim.report.data;

import id.kim.core.community.KimProfile;
import id.kim.csv.ImportSummary;
import id.kim.csv.RowError;
import java.util.List;
import org.immutables.value.Value;

/** A Tabel 3.1 file read whole: the profiles accepted, the rows rejected and the summary. */
@Value.Immutable
public abstract class ProfileImport {

  /** @return the valid profiles, in file order */
  public abstract List<KimProfile> profiles();

  /** @return the rejected rows, in file order */
  public abstract List<RowError> errors();

  /** @return the counts */
  public abstract ImportSummary summary();

  static ProfileImport of(List<KimProfile> profiles, List<RowError> errors, ImportSummary summary) {
    return ImmutableProfileImport.builder().profiles(profiles).errors(errors).summary(summary).build();
  }
}
