package id.kim.rules.mapping.profiling;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import java.util.Locale;

/**
 * The twenty fields of Tabel 3.1 "Tabel Profiling KIM" (PROFILE-a..t), in the juknis' order — the
 * order in which the Ministry's website asks for them (MAP-A-3; the manual book itself is not
 * available, GAP-25). Each field knows its RULES.md ID, its Indonesian label, the juknis' explanation
 * and how strongly mapping stage A needs it.
 */
public enum ProfileField {
  /** a. Nama kelompok. */
  A("Nama kelompok", "Community name", FieldRequirement.EXPECTED, "nama Kelompok Informasi Masyarakat"),
  /** b. Tipe KIM (TYPE-A, TYPE-B). */
  B("Tipe KIM", "KIM type", FieldRequirement.EXPECTED,
      "jenis KIM yang berdasarkan aktivitasnya yakni di bidang pengelolaan diseminasi informasi, diulis Tipe A, "
          + "atau pemberdayaan masyarakat dengan ditambahkan fungsi pengelolaan dan diseminasi informasi, ditulis Tipe "
          + "B"),
  /** c. Nomor Induk KIM (Nomor Induk Komunitas) — never a population NIK (GAP-12). */
  C("Nomor Induk KIM", "Community registration number", FieldRequirement.EXPECTED,
      "nomor yang diperoleh setelah melakukan registrasi ke Dinas Kominfo Kabupaten/Kota"),
  /** d. Ketua KIM/Narahubung. */
  D("Ketua KIM/Narahubung", "Chair/contact person", FieldRequirement.EXPECTED,
      "nama individu yang dapat dihubungi Dinas Kominfo untuk berkoordinasi"),
  /** e. Alamat — required (MAP-A-2). */
  E("Alamat", "Address", FieldRequirement.REQUIRED,
      "alamat sekretariat komunitas atau kediaman pengurus KIM yang difungsikan sebagai sekretariat, yang "
          + "dilengkapi nama jalan, RT/ RW, dan nomor"),
  /** f. Kelurahan — required (MAP-A-2). */
  F("Kelurahan", "Ward/village", FieldRequirement.REQUIRED, "nama kelurahan tempat KIM berdomisili"),
  /** g. Kecamatan — required (MAP-A-2). */
  G("Kecamatan", "District", FieldRequirement.REQUIRED, "nama kecamatan tempat KIM berdomisili"),
  /** h. Kabupaten/Kota — only in a provincial Dinas' view (GAP-22). */
  H("Kabupaten/Kota", "Regency/city", FieldRequirement.PROVINCIAL_VIEW_ONLY,
      "nama kabupaten/kota tempat KIM berdomisili (diisi hanya oleh Dinas Kominfo Provinsi, untuk Dinas "
          + "Kabupaten/Kota tidak diperlukan)"),
  /** i. Nomor telepon — the WhatsApp number of the contact person; a fixed line alone is partial. */
  I("Nomor telepon", "Telephone", FieldRequirement.EXPECTED,
      "nomor telpon (fixed line, bila tersedia di sekretariat) dan nomor narahubung yang dapat diakses melalui "
          + "whatsapp (WA)"),
  /** j. Alamat e-mail. */
  J("Alamat e-mail", "E-mail", FieldRequirement.OPTIONAL,
      "alamat e-mail KIM atau alamat e-mail ketua/pengurus yang bertugas sebagai narahubung"),
  /** k. Khalayak sasaran — coverage and socio-economic status; one of the two alone is partial. */
  K("Khalayak Sasaran", "Target audience", FieldRequirement.EXPECTED,
      "khalayak sasaran Komunitas Informasi Masyarakat, baik dari segi cakupan wilayah maupun status sosial dan "
          + "ekonomi"),
  /** l. Jenis Media (owned or managed). */
  L("Jenis Media", "Media", FieldRequirement.EXPECTED,
      "media komunikasi yang dimiliki atau dikelola oleh KIM sebagai sarana diseminasi informasi"),
  /** m. Bidang Kegiatan/Ketertarikan — fields, not the level of interest of the grid (GAP-13). */
  M("Bidang Kegiatan/Ketertarikan", "Fields of activity", FieldRequirement.EXPECTED,
      "Ruang lingkup kegiatan KIM berdasarkan aktivitas di sektor publik yang mengacu pada urusan pemerintahan "
          + "berdasarkan UU No. 23 tahun 2014"),
  /** n. Isu-isu publik. */
  N("Isu-isu publik", "Public issues", FieldRequirement.OPTIONAL,
      "berisi isu-isu yang muncul pada huruf m (bidang kegiatan/ketertarikan), misal bidang kesehatan, isu publik: "
          + "Vaksinasi Covid-19"),
  /** o. Jenis Media (tatap muka, konvensional, digital) — derived from l (GAP-23). */
  O("Jenis Media (kelompok)", "Media kind", FieldRequirement.DERIVED,
      "1. Komunikasi tatap muka. … 3. Media konvensional. … 5. Media digital."),
  /** p. Frekuensi. */
  P("Frekuensi", "Frequency", FieldRequirement.OPTIONAL,
      "jumlah diseminasi informasi melalui media komunitas dalam periode tertentu (tahunan, bulanan, mingguan)"),
  /** q. Jenis konten. */
  Q("Jenis konten", "Content type", FieldRequirement.EXPECTED,
      "Bentuk informasi yang disampaikan oleh KIM kepada khalayak sasaran, misalnya tulisan, gambar, foto, atau video"),
  /** r. Periode kemitraan — partners only. */
  R("Periode kemitraan", "Partnership period", FieldRequirement.PARTNERS_ONLY,
      "Jangka waktu yang ditetapkan untuk bermitra dengan KIM untuk kegiatan diseminasi informasi mengenai suatu "
          + "program atau kebijakan"),
  /** s. Kekuatan — dated reach figures, the evidence of power (GRID-VAR). */
  S("Kekuatan", "Power (reach)", FieldRequirement.OPTIONAL,
      "jumlah capaian media yang dimiliki oleh KIM pada kolom Jenis Media. Misalnya jumlah followers, jumlah "
          + "subscribers, jumlah peserta pertemuan tatap muka"),
  /** t. Pengaruh — dated positive responses, the evidence of influence (GRID-VAR). */
  T("Pengaruh", "Influence (responses)", FieldRequirement.OPTIONAL,
      "capaian respon positif yang diberikan oleh khalayak sasaran terhadap kegiatan KIM. Contoh jumlah likes pada "
          + "suatu konten di media sosial");

  /** MAP-A-2 — the address must clearly include kelurahan/desa and kecamatan (fields e, f, g). */
  static final RuleId MAP_A_2 = RuleId.of("MAP-A-2");
  /** Citation of MAP-A-2. */
  static final Citation MAP_A_2_CITATION = Citation.of("III.A",
      "Daftar yang dibuat menyertakan secara jelas alamat KIM yang mencakup kelurahan/desa, kecamatan.");

  /** MAP-A-3 — profiles are entered on the Ministry's website following its manual book (field order a–t). */
  static final RuleId MAP_A_3 = RuleId.of("MAP-A-3");
  /** Citation of MAP-A-3. */
  static final Citation MAP_A_3_CITATION = Citation.of("III.A",
      "mengisi data profil KIM sebagai berikut di website yang difasilitasi oleh Kementerian Komunikasi dan "
          + "Informatika berdasarkan manual book");

  private final String labelId;
  private final String labelEn;
  private final FieldRequirement requirement;
  private final String quote;
  private final RuleId ruleId;

  ProfileField(String labelId, String labelEn, FieldRequirement requirement, String quote) {
    this.labelId = labelId;
    this.labelEn = labelEn;
    this.requirement = requirement;
    this.quote = quote;
    this.ruleId = RuleId.of("PROFILE-" + letter());
  }

  /** @return the field's letter in Tabel 3.1, {@code "a"} … {@code "t"} */
  public String letter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @return {@code PROFILE-a} … {@code PROFILE-t} */
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * @param lang the language
   * @return the field's name, e.g. "Alamat" / "Address"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? labelId : labelEn;
  }

  /** @return how strongly stage A needs the field */
  public FieldRequirement requirement() {
    return requirement;
  }

  /**
   * The citation of a finding about this field: MAP-A-2 for the address fields, the juknis' own
   * explanation of field h, and for every other field the explanation marked PROPOSED with GAP-25
   * (the juknis does not say which fields are mandatory).
   *
   * @return the citation
   */
  public Citation citation() {
    String section = "Tabel 3.1 huruf " + letter();
    return switch (requirement) {
      case REQUIRED -> Citation.of("III.A; " + section, MAP_A_2_CITATION.quote());
      case PROVINCIAL_VIEW_ONLY -> Citation.of(section, quote);
      default -> Citation.proposed(section, quote, "GAP-25");
    };
  }

  /** @return the juknis' explanation of the field, in Indonesian */
  public String quote() {
    return quote;
  }
}
