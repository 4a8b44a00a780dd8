package id.kim.core.community;

import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.MobileNumber;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaKind;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.region.Address;
import id.kim.core.region.Village;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The profile of one KIM as a Dinas records it in Tabel 3.1 "Tabel Profiling KIM" (mapping stage A,
 * MAP-STAGE-A) — fields a to t, in the juknis' order.
 *
 * <p>Only the name is required to build a profile: mapping is a census "yang sedapat mungkin memuat
 * seluruh KIM" (MAP-A-1), so incomplete profiles must be recordable. Which fields are still missing
 * is a question for the rules (completeness in mapping, {@code UNKNOWN} findings in eligibility),
 * never a {@code null}: absent fields are empty {@link Optional}s or empty collections. What is
 * present is checked by Bean Validation through {@link id.kim.core.validation.KimValidator}.
 *
 * <table>
 *   <caption>Tabel 3.1 fields and their accessors</caption>
 *   <tr><th>Field</th><th>Indonesian</th><th>Accessor</th></tr>
 *   <tr><td>a</td><td>Nama kelompok</td><td>{@link #name()}</td></tr>
 *   <tr><td>b</td><td>Tipe KIM</td><td>{@link #type()}</td></tr>
 *   <tr><td>c</td><td>Nomor Induk Komunitas</td><td>{@link #communityNumber()}</td></tr>
 *   <tr><td>d</td><td>Ketua KIM/Narahubung</td><td>{@link #contactPerson()}</td></tr>
 *   <tr><td>e</td><td>Alamat (jalan, RT/RW, nomor)</td><td>{@link #address()}</td></tr>
 *   <tr><td>f, g, h</td><td>Kelurahan, Kecamatan, Kabupaten/Kota</td><td>{@link #seat()}</td></tr>
 *   <tr><td>i</td><td>Nomor telepon (fixed line, WhatsApp)</td><td>{@link #fixedLine()}, {@link #whatsapp()}</td></tr>
 *   <tr><td>j</td><td>Alamat e-mail</td><td>{@link #email()}</td></tr>
 *   <tr><td>k</td><td>Khalayak sasaran</td><td>{@link #targetAudience()}</td></tr>
 *   <tr><td>l</td><td>Jenis Media (dimiliki/dikelola)</td><td>{@link #media()}</td></tr>
 *   <tr><td>m</td><td>Bidang Kegiatan/Ketertarikan</td><td>{@link #fieldsOfActivity()}</td></tr>
 *   <tr><td>n</td><td>Isu-isu publik</td><td>{@link #publicIssues()}</td></tr>
 *   <tr><td>o</td><td>Jenis Media (tatap muka, konvensional, digital)</td><td>{@link #mediaKinds()} (derived from l)</td></tr>
 *   <tr><td>p</td><td>Frekuensi</td><td>{@link #frequency()}</td></tr>
 *   <tr><td>q</td><td>Jenis konten</td><td>{@link #contentTypes()}</td></tr>
 *   <tr><td>r</td><td>Periode kemitraan</td><td>{@link #partnershipPeriods()}</td></tr>
 *   <tr><td>s</td><td>Kekuatan</td><td>{@link #reach()}</td></tr>
 *   <tr><td>t</td><td>Pengaruh</td><td>{@link #responses()}</td></tr>
 * </table>
 *
 * <p>An empty field means "not recorded" (belum tercatat). Where the Dinas knows that the KIM has no
 * Nomor Induk Komunitas, no media or no other means of dissemination, it says so in
 * {@link #recordedAsNone()} (tercatat tidak ada); the rules then decide {@code NOT_SATISFIED} instead of
 * {@code UNKNOWN}. A fact recorded as none while its value is present is refused by validation.
 */
@Value.Immutable
@ConsistentAbsence
public abstract class KimProfile implements WithKimProfile, WithoutKimProfile {

  /** @return a. the community's name (Nama kelompok), e.g. {@code "KIM Gumbrih"} */
  @JuknisField("PROFILE-a")
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 150, message = "{kim.text.tooLong}")
  public abstract String name();

  /** @return b. Tipe A or Tipe B (TYPE-A, TYPE-B) */
  @JuknisField("PROFILE-b")
  public abstract Optional<KimType> type();

  /** @return c. the Nomor Induk Komunitas, once registered (PARTNER-LEGAL-2) — never a population NIK */
  @JuknisField("PROFILE-c")
  public abstract Optional<@Valid CommunityNumber> communityNumber();

  /** @return d. the chair or contact person */
  @JuknisField("PROFILE-d")
  public abstract Optional<@Valid ContactPerson> contactPerson();

  /** @return e. the secretariat's street address with RT/RW and number (MAP-A-2) */
  @JuknisField("PROFILE-e")
  public abstract Optional<@Valid Address> address();

  /** @return f, g, h. the kelurahan/desa where the KIM is seated, with its kecamatan and kabupaten/kota (MAP-ENTRY-2, MAP-A-2) */
  @JuknisField("PROFILE-f")
  public abstract Optional<@Valid Village> seat();

  /** @return i. the secretariat's fixed line, if it has one */
  @JuknisField("PROFILE-i")
  public abstract Optional<@Valid PhoneNumber> fixedLine();

  /** @return i. the contact person's number reachable via WhatsApp */
  @JuknisField("PROFILE-i")
  public abstract Optional<@Valid @MobileNumber PhoneNumber> whatsapp();

  /** @return j. the e-mail of the KIM or of its contact person */
  @JuknisField("PROFILE-j")
  public abstract Optional<@Valid EmailAddress> email();

  /** @return k. the target audience: coverage and socio-economic status */
  @JuknisField("PROFILE-k")
  public abstract Optional<@Valid TargetAudience> targetAudience();

  /** @return l. the media the KIM owns or manages */
  @JuknisField("PROFILE-l")
  public abstract List<@Valid KimMedium> media();

  /** @return m. fields of activity as government affairs under Law 23/2014 */
  @JuknisField("PROFILE-m")
  public abstract Set<GovernmentAffair> fieldsOfActivity();

  /** @return n. public issues within those fields */
  @JuknisField("PROFILE-n")
  public abstract List<@Valid ProfileIssue> publicIssues();

  /** @return p. how often the KIM disseminates */
  @JuknisField("PROFILE-p")
  public abstract Optional<@Valid Frequency> frequency();

  /** @return q. the forms of content it produces */
  @JuknisField("PROFILE-q")
  public abstract Set<ContentType> contentTypes();

  /** @return r. its partnership periods with the Dinas, one per programme or policy */
  @JuknisField("PROFILE-r")
  public abstract List<@Valid PartnershipPeriod> partnershipPeriods();

  /** @return s. strength (kekuatan): dated reach figures of its media */
  @JuknisField("PROFILE-s")
  public abstract List<@Valid ReachObservation> reach();

  /** @return t. influence (pengaruh): dated positive-response figures */
  @JuknisField("PROFILE-t")
  public abstract List<@Valid ResponseObservation> responses();

  /**
   * @return the Tabel 3.1 facts recorded as none (tercatat tidak ada): {@link KnownAbsence#COMMUNITY_NUMBER},
   *     {@link KnownAbsence#MEDIA}, {@link KnownAbsence#OTHER_DISSEMINATION_MEANS}; the facts of
   *     documents and checks belong to {@link KimRecord#recordedAsNone()}
   */
  public abstract Set<@AbsenceOn(profile = true, message = "{kim.absence.recordFactOnProfile}") KnownAbsence>
      recordedAsNone();

  /**
   * @param fact a Tabel 3.1 fact
   * @return true if the Dinas recorded that the KIM has none of it (tercatat tidak ada)
   */
  public boolean isRecordedAsNone(KnownAbsence fact) {
    MissingValueException.requireNonNull(fact, "fact");
    return recordedAsNone().contains(fact);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return o. the media kinds (tatap muka, konvensional, digital) of the media in field l,
   *     derived (MEDIA-KIND-MAP)
   */
  public Set<MediaKind> mediaKinds() {
    Set<MediaKind> kinds = EnumSet.noneOf(MediaKind.class);
    for (KimMedium m : media()) {
      kinds.add(m.kind());
    }
    return kinds;
  }

  /** Builds a {@link KimProfile}; only {@code name} is required. */
  public static final class Builder extends ImmutableKimProfile.Builder {}
}
