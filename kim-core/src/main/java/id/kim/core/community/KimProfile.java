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
import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.SeatLevel;
import id.kim.core.region.Village;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
 *   <tr><td>f, g, h</td><td>Kelurahan, Kecamatan, Kabupaten/Kota</td><td>{@link #seat()}; a seat recorded above
 *       the village: {@link #districtSeat()}, {@link #regencyCitySeat()} (see {@link #seatLevel()})</td></tr>
 *   <tr><td>i</td><td>Nomor telepon (fixed line, WhatsApp)</td><td>{@link #fixedLine()}, {@link #whatsapp()}</td></tr>
 *   <tr><td>j</td><td>Alamat e-mail</td><td>{@link #email()}</td></tr>
 *   <tr><td>k</td><td>Khalayak sasaran</td><td>{@link #targetAudience()}</td></tr>
 *   <tr><td>l</td><td>Jenis Media (dimiliki/dikelola)</td><td>{@link #media()}</td></tr>
 *   <tr><td>m</td><td>Bidang Kegiatan/Ketertarikan</td><td>{@link #fieldsOfActivity()}</td></tr>
 *   <tr><td>n</td><td>Isu-isu publik</td><td>{@link #publicIssues()}</td></tr>
 *   <tr><td>o</td><td>Jenis Media (tatap muka, konvensional, digital)</td><td>{@link #mediaKinds()} (derived from
 * l)</td></tr>
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

  /**
   * @return f, g, h. the kelurahan/desa where the KIM is seated, with its kecamatan and kabupaten/kota (MAP-ENTRY-2,
   * MAP-A-2)
   */
  @JuknisField("PROFILE-f")
  public abstract Optional<@Valid Village> seat();

  /**
   * A seat recorded at kecamatan level: field f (Kelurahan/Desa) empty, field g (Kecamatan) filled,
   * with field h when recorded. MAP-ENTRY-2 asks for "b. Berkedudukan di Kelurahan /Desa/Kampung atau
   * yang disebut dengan nama lain", so such a seat is recorded as what it is and decided
   * NOT_SATISFIED, never read as "no seat". At most one of {@link #seat()}, this and
   * {@link #regencyCitySeat()} is given ({@link #isSeatAtOneLevel()}).
   *
   * @return f, g, h. the kecamatan where the KIM is recorded as seated, with no kelurahan/desa
   */
  @JuknisField("PROFILE-g")
  public abstract Optional<@Valid District> districtSeat();

  /**
   * A seat recorded at kabupaten/kota level: fields f and g empty, only field h filled (e.g. a group
   * of the whole regency). Like {@link #districtSeat()}, it cannot meet MAP-ENTRY-2.
   *
   * @return f, g, h. the kabupaten/kota where the KIM is recorded as seated, with no kecamatan
   */
  @JuknisField("PROFILE-h")
  public abstract Optional<@Valid RegencyCity> regencyCitySeat();

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

  /**
   * The level at which the seat (Tabel 3.1 fields f, g, h) is recorded. A seat below the village (a
   * dusun, RW or RT) is recorded as its village, with the RT/RW in the address (PROFILE-e): it is of
   * village level.
   *
   * @return {@link SeatLevel#VILLAGE} for {@link #seat()}, {@link SeatLevel#DISTRICT} for
   *     {@link #districtSeat()}, {@link SeatLevel#REGENCY_CITY} for {@link #regencyCitySeat()}; empty
   *     when no seat is recorded. Should a profile that fails {@link #isSeatAtOneLevel()} reach it, the
   *     lowest level given wins.
   */
  public Optional<SeatLevel> seatLevel() {
    if (seat().isPresent()) {
      return Optional.of(SeatLevel.VILLAGE);
    }
    if (districtSeat().isPresent()) {
      return Optional.of(SeatLevel.DISTRICT);
    }
    return regencyCitySeat().map(r -> SeatLevel.REGENCY_CITY);
  }

  /**
   * @return the kabupaten/kota the seat lies in, at whatever level it is recorded (field h), when
   *     recorded; in the same precedence as {@link #seatLevel()}
   */
  public Optional<RegencyCity> seatRegencyCity() {
    if (seat().isPresent()) {
      return seat().get().regencyCity();
    }
    return districtSeat().isPresent() ? districtSeat().get().regencyCity() : regencyCitySeat();
  }

  /**
   * The Kemendagri code of the kabupaten/kota the seat lies in, as the codes recorded on the seat tell
   * it: the code of field h when recorded, else the code of the kecamatan or of the kelurahan/desa cut to
   * the kabupaten/kota level ({@code 51.01.03.2006} lies in {@code 51.01}) — a seat recorded without
   * field h still names its kabupaten/kota by its code. Codes of another level than their region's
   * (REGION-CODE-1) are ignored. Rules compare this code with the Dinas' own where both are known
   * (MAP-ENTRY-2, TERM-5), and names otherwise.
   *
   * @return the code, in the same precedence as {@link #seatLevel()}; empty when no code is recorded
   */
  public Optional<RegionCode> seatRegencyCityCode() {
    Optional<District> district = seat().map(Village::district).or(this::districtSeat);
    Optional<RegionCode> recorded = seatRegencyCity().flatMap(RegencyCity::code)
        .filter(c -> c.level() == RegionLevel.REGENCY_CITY);
    Optional<RegionCode> lower = district.flatMap(District::code).filter(c -> c.level() == RegionLevel.DISTRICT)
        .or(() -> seat().flatMap(Village::code).filter(c -> c.level() == RegionLevel.VILLAGE));
    return recorded.or(() -> lower.map(c -> c.truncatedTo(RegionLevel.REGENCY_CITY)));
  }

  /**
   * Whether the seat lies outside a kabupaten/kota (MAP-ENTRY-2 "outside the area", TERM-5 "Berpindah ke
   * Kabupaten/Kota lain"): by codes when both the seat ({@link #seatRegencyCityCode()}) and the
   * kabupaten/kota have one — the same code is the same regency however its name is written, a
   * different code another regency however alike the names look — else by the recorded field h
   * ({@link RegencyCity#isSameAs}). A seat that names no kabupaten/kota by either is not outside:
   * a regency/city Dinas leaves field h empty for its own area (RULES.md GAP-22).
   *
   * @param regencyCity the kabupaten/kota, usually the deciding Dinas' own
   * @return true if the recorded seat lies in another kabupaten/kota
   */
  public boolean isSeatedOutside(RegencyCity regencyCity) {
    MissingValueException.requireNonNull(regencyCity, "regencyCity");
    Optional<RegionCode> seatCode = seatRegencyCityCode();
    Optional<RegionCode> code = regencyCity.code().filter(c -> c.level() == RegionLevel.REGENCY_CITY);
    if (seatCode.isPresent() && code.isPresent()) {
      return !seatCode.equals(code);
    }
    return seatRegencyCity().map(r -> !r.isSameAs(regencyCity)).orElse(false);
  }

  /**
   * @return true if the seat is recorded at one level at most: a kelurahan/desa ({@link #seat()}), a
   *     kecamatan ({@link #districtSeat()}) or a kabupaten/kota ({@link #regencyCitySeat()}) — a KIM
   *     has one seat (MAP-ENTRY-2)
   */
  @JuknisField("MAP-ENTRY-2")
  @AssertTrue(message = "{kim.seat.oneLevel}")
  public boolean isSeatAtOneLevel() {
    return (seat().isPresent() ? 1 : 0) + (districtSeat().isPresent() ? 1 : 0)
        + (regencyCitySeat().isPresent() ? 1 : 0) <= 1;
  }

  /** Builds a {@link KimProfile}; only {@code name} is required. */
  public static final class Builder extends ImmutableKimProfile.Builder {}
}
