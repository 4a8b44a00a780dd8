package id.kim.rules.mapping.issue;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimRef;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A strategic public issue (isu strategis) the Dinas identified in mapping stage B — one row of
 * Tabel 3.2 "Tabel Identifikasi Isu Berdasarkan Target Khalayak Sasaran" (ISSUE-MATRIX): the issue,
 * its field (Bidang, a government affair), the sources it was found in (ISSUE-SRC-1..5/X), whether
 * it is a priority issue or indicated as a crisis (ISSUE-CLASS; both undefined in the juknis, so
 * set by the Dinas, GAP-19), the dossier of the six aspects (ISSUE-ASPECT-1..6), the area of the
 * audience it concerns, and the KIM the Dinas itself named in column "Nama KIM".
 *
 * <pre>{@code
 * PublicIssue prokes = PublicIssue.builder()
 *     .title("Penegakkan protokol kesehatan di lingkungan pasar & pusat perbelanjaan")
 *     .field(GovernmentAffair.HEALTH)
 *     .addSources(IssueSource.MASS_MEDIA_NEWS, IssueSource.SOCIAL_MEDIA_CONVERSATION,
 *         IssueSource.OPINION_POLL, IssueSource.PUBLIC_COMPLAINT)
 *     .addRecordedKim(KimRef.from(indonesiaBisa))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PublicIssue implements WithPublicIssue {

  /** @return column 2, Isu Strategis */
  public abstract String title();

  /** @return column 3, Bidang (PROFILE-m vocabulary) */
  public abstract GovernmentAffair field();

  /** @return column 4, Sumber Informasi terkait Isu Strategis */
  public abstract Set<IssueSource> sources();

  /** @return descriptions of the sources counted as {@link IssueSource#OTHER}, e.g. {@code "Forum warga"} */
  public abstract List<String> otherSources();

  /** @return true if the Dinas set it as a priority issue (isu prioritas) */
  @Value.Default
  public boolean priority() {
    return false;
  }

  /** @return true if the Dinas sees signs of a crisis (isu terindikasi krisis) */
  @Value.Default
  public boolean crisisIndicated() {
    return false;
  }

  /** @return the six aspects as recorded so far */
  @Value.Default
  public IssueDossier dossier() {
    return IssueDossier.empty();
  }

  /** @return villages whose audience the issue concerns; with no village and no district, the whole region */
  public abstract Set<Village> villages();

  /** @return districts whose audience the issue concerns */
  public abstract Set<District> districts();

  /** @return the audience in words, e.g. {@code "pedagang dan pengunjung pasar"} (shown, not matched) */
  public abstract Optional<String> audience();

  /** @return column 5, Nama KIM, as the Dinas filled it */
  public abstract Set<KimRef> recordedKims();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if the issue concerns the whole region of the Dinas */
  public boolean isRegionWide() {
    return villages().isEmpty() && districts().isEmpty();
  }

  /** A title, and "other" sources exactly when described. */
  @Value.Check
  protected void check() {
    if (title().isBlank()) {
      throw new IllegalArgumentException(
          "PublicIssue.title must not be blank (Tabel 3.2 column 'Isu Strategis', ISSUE-MATRIX)");
    }
    if (sources().contains(IssueSource.OTHER) == otherSources().isEmpty()) {
      throw new IllegalArgumentException("PublicIssue '" + title() + "': source OTHER (ISSUE-SRC-X) must be listed "
          + "exactly when otherSources describes it; otherSources=" + otherSources());
    }
  }

  @Override
  public String toString() {
    return "PublicIssue[" + title() + ", " + field().indonesianName() + (priority() ? ", prioritas" : "")
        + (crisisIndicated() ? ", terindikasi krisis" : "") + "]";
  }

  /** Builds a {@link PublicIssue}. */
  public static final class Builder extends ImmutablePublicIssue.Builder {}
}
