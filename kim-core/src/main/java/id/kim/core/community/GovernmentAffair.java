package id.kim.core.community;

import id.kim.core.validation.MissingValueException;
import java.util.Locale;
import java.util.Optional;

/**
 * A government affair (urusan pemerintahan) under Law 23/2014 — the vocabulary of a KIM's fields of
 * activity (Bidang Kegiatan/Ketertarikan, PROFILE-m: "mengacu pada urusan pemerintahan berdasarkan UU
 * No. 23 tahun 2014") and of the "Bidang" column of Tabel 3.2. The 32 concurrent affairs of Art. 12,
 * the six absolute affairs of Art. 10, general affairs (Art. 25) and {@link #OTHER} for practice
 * labels that match none (RULES.md §5.2; the list is general knowledge of the law, not juknis text).
 */
public enum GovernmentAffair {
  /** W-PD-a pendidikan — education (Art. 12(1)a). */
  EDUCATION("W-PD-a", "pendidikan", "education", "Art. 12(1)a", Category.MANDATORY_BASIC_SERVICE),
  /** W-PD-b kesehatan — health (Art. 12(1)b). */
  HEALTH("W-PD-b", "kesehatan", "health", "Art. 12(1)b", Category.MANDATORY_BASIC_SERVICE),
  /** W-PD-c pekerjaan umum dan penataan ruang — public works and spatial planning (Art. 12(1)c). */
  PUBLIC_WORKS_AND_SPATIAL_PLANNING("W-PD-c", "pekerjaan umum dan penataan ruang", "public works and spatial planning",
      "Art. 12(1)c", Category.MANDATORY_BASIC_SERVICE),
  /** W-PD-d perumahan rakyat dan kawasan permukiman — public housing and residential areas (Art. 12(1)d). */
  PUBLIC_HOUSING_AND_SETTLEMENTS("W-PD-d", "perumahan rakyat dan kawasan permukiman",
      "public housing and residential areas", "Art. 12(1)d", Category.MANDATORY_BASIC_SERVICE),
  /**
   * W-PD-e ketenteraman, ketertiban umum, dan pelindungan masyarakat — peace, public order and community protection
   * (Art. 12(1)e).
   */
  PUBLIC_ORDER_AND_COMMUNITY_PROTECTION("W-PD-e", "ketenteraman, ketertiban umum, dan pelindungan masyarakat",
      "peace, public order and community protection", "Art. 12(1)e", Category.MANDATORY_BASIC_SERVICE),
  /** W-PD-f sosial — social affairs (Art. 12(1)f). */
  SOCIAL_AFFAIRS("W-PD-f", "sosial", "social affairs", "Art. 12(1)f", Category.MANDATORY_BASIC_SERVICE),
  /** W-NPD-a tenaga kerja — manpower (Art. 12(2)a). */
  MANPOWER("W-NPD-a", "tenaga kerja", "manpower", "Art. 12(2)a", Category.MANDATORY_OTHER),
  /** W-NPD-b pemberdayaan perempuan dan pelindungan anak — women's empowerment and child protection (Art. 12(2)b). */
  WOMEN_EMPOWERMENT_AND_CHILD_PROTECTION("W-NPD-b", "pemberdayaan perempuan dan pelindungan anak",
      "women's empowerment and child protection", "Art. 12(2)b", Category.MANDATORY_OTHER),
  /** W-NPD-c pangan — food (Art. 12(2)c). */
  FOOD("W-NPD-c", "pangan", "food", "Art. 12(2)c", Category.MANDATORY_OTHER),
  /** W-NPD-d pertanahan — land affairs (Art. 12(2)d). */
  LAND("W-NPD-d", "pertanahan", "land affairs", "Art. 12(2)d", Category.MANDATORY_OTHER),
  /** W-NPD-e lingkungan hidup — environment (Art. 12(2)e). */
  ENVIRONMENT("W-NPD-e", "lingkungan hidup", "environment", "Art. 12(2)e", Category.MANDATORY_OTHER),
  /**
   * W-NPD-f administrasi kependudukan dan pencatatan sipil — population administration and civil registration (Art.
   * 12(2)f).
   */
  POPULATION_ADMINISTRATION("W-NPD-f", "administrasi kependudukan dan pencatatan sipil",
      "population administration and civil registration", "Art. 12(2)f", Category.MANDATORY_OTHER),
  /** W-NPD-g pemberdayaan masyarakat dan Desa — community and village empowerment (Art. 12(2)g). */
  COMMUNITY_AND_VILLAGE_EMPOWERMENT("W-NPD-g", "pemberdayaan masyarakat dan Desa", "community and village empowerment",
      "Art. 12(2)g", Category.MANDATORY_OTHER),
  /** W-NPD-h pengendalian penduduk dan keluarga berencana — population control and family planning (Art. 12(2)h). */
  POPULATION_CONTROL_AND_FAMILY_PLANNING("W-NPD-h", "pengendalian penduduk dan keluarga berencana",
      "population control and family planning", "Art. 12(2)h", Category.MANDATORY_OTHER),
  /** W-NPD-i perhubungan — transportation (Art. 12(2)i). */
  TRANSPORTATION("W-NPD-i", "perhubungan", "transportation", "Art. 12(2)i", Category.MANDATORY_OTHER),
  /** W-NPD-j komunikasi dan informatika — communication and informatics (Art. 12(2)j). */
  COMMUNICATION_AND_INFORMATICS("W-NPD-j", "komunikasi dan informatika", "communication and informatics", "Art. 12(2)j",
      Category.MANDATORY_OTHER),
  /** W-NPD-k koperasi, usaha kecil, dan menengah — cooperatives and small and medium enterprises (Art. 12(2)k). */
  COOPERATIVES_AND_SMES("W-NPD-k", "koperasi, usaha kecil, dan menengah",
      "cooperatives and small and medium enterprises", "Art. 12(2)k", Category.MANDATORY_OTHER),
  /** W-NPD-l penanaman modal — investment (Art. 12(2)l). */
  INVESTMENT("W-NPD-l", "penanaman modal", "investment", "Art. 12(2)l", Category.MANDATORY_OTHER),
  /** W-NPD-m kepemudaan dan olah raga — youth and sports (Art. 12(2)m). */
  YOUTH_AND_SPORTS("W-NPD-m", "kepemudaan dan olah raga", "youth and sports", "Art. 12(2)m", Category.MANDATORY_OTHER),
  /** W-NPD-n statistik — statistics (Art. 12(2)n). */
  STATISTICS("W-NPD-n", "statistik", "statistics", "Art. 12(2)n", Category.MANDATORY_OTHER),
  /** W-NPD-o persandian — cryptography (Art. 12(2)o). */
  CRYPTOGRAPHY("W-NPD-o", "persandian", "cryptography", "Art. 12(2)o", Category.MANDATORY_OTHER),
  /** W-NPD-p kebudayaan — culture (Art. 12(2)p). */
  CULTURE("W-NPD-p", "kebudayaan", "culture", "Art. 12(2)p", Category.MANDATORY_OTHER),
  /** W-NPD-q perpustakaan — libraries (Art. 12(2)q). */
  LIBRARIES("W-NPD-q", "perpustakaan", "libraries", "Art. 12(2)q", Category.MANDATORY_OTHER),
  /** W-NPD-r kearsipan — archives (Art. 12(2)r). */
  ARCHIVES("W-NPD-r", "kearsipan", "archives", "Art. 12(2)r", Category.MANDATORY_OTHER),
  /** P-a kelautan dan perikanan — marine affairs and fisheries (Art. 12(3)a). */
  MARINE_AND_FISHERIES("P-a", "kelautan dan perikanan", "marine affairs and fisheries", "Art. 12(3)a",
      Category.OPTIONAL),
  /** P-b pariwisata — tourism (Art. 12(3)b). */
  TOURISM("P-b", "pariwisata", "tourism", "Art. 12(3)b", Category.OPTIONAL),
  /** P-c pertanian — agriculture (Art. 12(3)c). */
  AGRICULTURE("P-c", "pertanian", "agriculture", "Art. 12(3)c", Category.OPTIONAL),
  /** P-d kehutanan — forestry (Art. 12(3)d). */
  FORESTRY("P-d", "kehutanan", "forestry", "Art. 12(3)d", Category.OPTIONAL),
  /** P-e energi dan sumber daya mineral — energy and mineral resources (Art. 12(3)e). */
  ENERGY_AND_MINERAL_RESOURCES("P-e", "energi dan sumber daya mineral", "energy and mineral resources", "Art. 12(3)e",
      Category.OPTIONAL),
  /** P-f perdagangan — trade (Art. 12(3)f). */
  TRADE("P-f", "perdagangan", "trade", "Art. 12(3)f", Category.OPTIONAL),
  /** P-g perindustrian — industry (Art. 12(3)g). */
  INDUSTRY("P-g", "perindustrian", "industry", "Art. 12(3)g", Category.OPTIONAL),
  /** P-h transmigrasi — transmigration (Art. 12(3)h). */
  TRANSMIGRATION("P-h", "transmigrasi", "transmigration", "Art. 12(3)h", Category.OPTIONAL),
  /** A-a politik luar negeri — foreign policy (Art. 10(1)a). */
  FOREIGN_POLICY("A-a", "politik luar negeri", "foreign policy", "Art. 10(1)a", Category.ABSOLUTE),
  /** A-b pertahanan — defence (Art. 10(1)b). */
  DEFENCE("A-b", "pertahanan", "defence", "Art. 10(1)b", Category.ABSOLUTE),
  /** A-c keamanan — security (Art. 10(1)c). */
  SECURITY("A-c", "keamanan", "security", "Art. 10(1)c", Category.ABSOLUTE),
  /** A-d yustisi — justice (Art. 10(1)d). */
  JUSTICE("A-d", "yustisi", "justice", "Art. 10(1)d", Category.ABSOLUTE),
  /** A-e moneter dan fiskal nasional — national monetary and fiscal affairs (Art. 10(1)e). */
  NATIONAL_MONETARY_AND_FISCAL("A-e", "moneter dan fiskal nasional", "national monetary and fiscal affairs",
      "Art. 10(1)e", Category.ABSOLUTE),
  /** A-f agama — religion (Art. 10(1)f). */
  RELIGION("A-f", "agama", "religion", "Art. 10(1)f", Category.ABSOLUTE),
  /** G urusan pemerintahan umum — general government affairs (Art. 25). */
  GENERAL_GOVERNMENT("G", "urusan pemerintahan umum", "general government affairs", "Art. 25", Category.GENERAL),
  /** X lainnya — other (-). */
  OTHER("X", "lainnya", "other", "-", Category.OTHER);

  /** The class of affair under Law 23/2014. */
  public enum Category {
    /** Concurrent, mandatory, related to basic services (Art. 12(1)). */
    MANDATORY_BASIC_SERVICE,
    /** Concurrent, mandatory, not related to basic services (Art. 12(2)). */
    MANDATORY_OTHER,
    /** Concurrent, optional (Art. 12(3)). */
    OPTIONAL,
    /** Absolute, central government only (Art. 10). */
    ABSOLUTE,
    /** General government affairs (Art. 25). */
    GENERAL,
    /** Not an affair of the law: a practice label. */
    OTHER
  }

  private final String code;
  private final String indonesianName;
  private final String englishName;
  private final String lawArticle;
  private final Category category;

  GovernmentAffair(String code, String indonesianName, String englishName, String lawArticle, Category category) {
    this.code = code;
    this.indonesianName = indonesianName;
    this.englishName = englishName;
    this.lawArticle = lawArticle;
    this.category = category;
  }

  /** @return the stable code of RULES.md §5.2, e.g. {@code "W-PD-b"} */
  public String code() {
    return code;
  }

  /** @return the Indonesian name in the law, e.g. {@code "kesehatan"} */
  public String indonesianName() {
    return indonesianName;
  }

  /** @return the English name */
  public String englishName() {
    return englishName;
  }

  /** @return the article of Law 23/2014 that lists it */
  public String lawArticle() {
    return lawArticle;
  }

  /** @return the class of affair */
  public Category category() {
    return category;
  }

  /**
   * Finds an affair by its code ({@code "W-PD-b"}), constant name ({@code "HEALTH"}) or Indonesian
   * name ({@code "Kesehatan"}), ignoring case.
   *
   * @param text the affair as written
   * @return the affair, or empty if the text names none
   */
  public static Optional<GovernmentAffair> find(String text) {
    String t = MissingValueException.requireNonNull(text, "text").trim().toLowerCase(Locale.ROOT);
    for (GovernmentAffair a : values()) {
      if (a.code.toLowerCase(Locale.ROOT).equals(t) || a.name().toLowerCase(Locale.ROOT).equals(t)
          || a.indonesianName.toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
