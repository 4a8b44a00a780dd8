package id.kim.testkit;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.media.MediaChannel;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small fixed word lists for realistic text: KIM names, streets, public issues, programmes,
 * organisations, positions. Names of parties and NGOs are invented, so no real organisation is
 * ever shown as a disqualifying affiliation.
 */
final class Vocabulary {
  static final List<String> KIM_WORDS = List.of(
      "Maju Bersama", "Sinar Harapan", "Cahaya Desa", "Tunas Muda", "Bina Warga", "Mekar Sari",
      "Karya Mandiri", "Suara Warga", "Gemilang", "Harapan Jaya", "Lentera", "Kabar Kampung",
      "Warta Desa", "Info Warga", "Sejahtera", "Guyub Rukun", "Gotong Royong", "Pelita", "Nusantara",
      "Sumber Rejeki", "Mitra Informasi", "Jendela Dunia", "Srikandi", "Merah Putih", "Bersatu");

  static final List<String> STREETS = List.of(
      "Jl. Melati", "Jl. Diponegoro", "Jl. Jenderal Sudirman", "Jl. Gajah Mada", "Jl. Ahmad Yani",
      "Jl. Pahlawan", "Jl. Kenanga", "Jl. Flamboyan", "Gg. Mawar", "Gg. Kelapa", "Lorong Damai",
      "Jl. Pattimura", "Jl. Imam Bonjol", "Jl. Teuku Umar", "Jl. Cut Nyak Dien", "Jl. Hasanuddin",
      "Jl. Merdeka", "Jl. Sultan Agung", "Jl. Kartini", "Jalan Raya Desa", "Dusun Krajan",
      "Perum Griya Asri Blok C", "Komplek Bumi Indah");

  static final Map<GovernmentAffair, List<String>> ISSUES = Map.of(
      GovernmentAffair.HEALTH,
      List.of("Vaksinasi Covid-19", "Pencegahan stunting", "Pemberantasan sarang nyamuk DBD", "Imunisasi anak"),
      GovernmentAffair.EDUCATION, List.of("Beasiswa KIP Kuliah", "Pendaftaran sekolah zonasi"),
      GovernmentAffair.ENVIRONMENT, List.of("Pengelolaan sampah rumah tangga", "Bank sampah desa"),
      GovernmentAffair.COMMUNICATION_AND_INFORMATICS, List.of("Literasi digital dan hoaks", "Keamanan data pribadi"),
      GovernmentAffair.SOCIAL_AFFAIRS, List.of("Bantuan sosial PKH", "Data terpadu kesejahteraan sosial"),
      GovernmentAffair.COOPERATIVES_AND_SMES, List.of("UMKM go digital", "Sertifikasi halal gratis"),
      GovernmentAffair.TOURISM, List.of("Pengembangan desa wisata"),
      GovernmentAffair.AGRICULTURE, List.of("Pupuk bersubsidi", "Asuransi usaha tani padi"),
      GovernmentAffair.POPULATION_ADMINISTRATION, List.of("KTP elektronik dan identitas kependudukan digital"),
      GovernmentAffair.PUBLIC_ORDER_AND_COMMUNITY_PROTECTION,
      List.of("Mitigasi bencana banjir", "Siaga kebakaran hutan"));

  /** The affairs that have issues above, in a fixed order (Map.of has none). */
  static final List<GovernmentAffair> AFFAIRS_WITH_ISSUES = List.of(
      GovernmentAffair.HEALTH, GovernmentAffair.EDUCATION, GovernmentAffair.ENVIRONMENT,
      GovernmentAffair.COMMUNICATION_AND_INFORMATICS, GovernmentAffair.SOCIAL_AFFAIRS,
      GovernmentAffair.COOPERATIVES_AND_SMES, GovernmentAffair.TOURISM, GovernmentAffair.AGRICULTURE,
      GovernmentAffair.POPULATION_ADMINISTRATION, GovernmentAffair.PUBLIC_ORDER_AND_COMMUNITY_PROTECTION);

  static final List<String> PROGRAMMES = List.of(
      "Sosialisasi Pemilu 2029", "Diseminasi Percepatan Penurunan Stunting", "Gerakan Nasional Literasi Digital",
      "Sosialisasi Makan Bergizi Gratis", "Kampanye Imunisasi Nasional", "Sosialisasi Pajak Daerah",
      "Diseminasi Program Desa Wisata", "Sosialisasi Adminduk Digital");

  static final List<String> PARTIES = List.of("Partai Contoh Sejahtera", "Partai Fiktif Nusantara",
      "Partai Rekaan Rakyat");
  static final List<String> NGOS = List.of("LSM Contoh Peduli Lingkungan", "Yayasan Fiktif Cahaya Bangsa",
      "LSM Rekaan Pemantau Anggaran");
  static final List<String> OTHER_ORGANISATIONS = List.of(
      "Karang Taruna", "Tim Penggerak PKK", "Kelompok Tani Subur Makmur", "Koperasi Serba Usaha Maju", "Sekaa Teruna",
      "Remaja Masjid");

  static final List<String> OFFICER_POSITIONS = List.of(
      "Kepala Bidang Informasi dan Komunikasi Publik", "Kepala Seksi Kemitraan Komunikasi",
      "Pranata Humas Ahli Muda", "Pranata Humas Ahli Pertama", "Analis Kebijakan");

  static final List<String> BOARD_TITLES = List.of(
      "Koordinator Pengolahan Informasi", "Koordinator Penyebaran Informasi", "Seksi Humas", "Seksi Dokumentasi");

  static final List<String> SOCIO_ECONOMIC = List.of(
      "petani dan nelayan", "pedagang pasar dan pelaku UMKM", "ibu rumah tangga", "pelajar dan mahasiswa",
      "buruh pabrik", "warga lanjut usia", "pemuda desa");

  static final List<String> ASSESSMENT_NOTES = List.of(
      "Verifikasi lapangan bersama perangkat kelurahan.", "Wawancara dengan tokoh masyarakat setempat.",
      "Dokumentasi kegiatan tiga bulan terakhir diperiksa.", "Laporan kegiatan bulanan lengkap.");

  /** What a KIM does on each channel of Tabel 4.6, completed with a public issue (MONITOR-COL-1). */
  static final Map<MediaChannel, List<String>> ACTIVITIES = Map.of(
      MediaChannel.PRINT, List.of("Membagikan selebaran tentang", "Menerbitkan buletin desa tentang"),
      MediaChannel.BROADCAST, List.of("Siaran radio komunitas tentang", "Dialog interaktif di radio tentang"),
      MediaChannel.SOCIAL_MEDIA,
      List.of("Posting infografis", "Mengunggah video pendek tentang", "Posting konten hasil kolaborasi:"),
      MediaChannel.INSTANT_MESSAGING,
      List.of("Berbagi tautan di WAG warga:", "Menyebarkan pengumuman di grup WhatsApp tentang"),
      MediaChannel.ONLINE, List.of("Memuat artikel di situs kim.id tentang", "Menulis berita di blog KIM tentang"),
      MediaChannel.OUTDOOR, List.of("Memasang spanduk", "Menempel poster di papan informasi desa tentang"),
      MediaChannel.FACE_TO_FACE,
      List.of("Sosialisasi di balai desa:", "Temu warga tentang", "Diskusi bersama kader tentang"));

  static final List<String> FORMAT_NOTES = List.of("Podcast desa", "Mobil keliling dengan pengeras suara",
      "Lomba video pendek warga",
      "Pentas wayang kulit", "Kelas literasi digital");

  static final List<String> PROOF_DOCUMENTS = List.of("Daftar hadir", "Foto kegiatan", "Notulen pertemuan",
      "Arsip selebaran");

  static final List<String> SURVEY_QUESTIONS = List.of("Tahu jadwal vaksinasi di desa",
      "Setuju memilah sampah dari rumah",
      "Tahu cara melapor hoaks", "Tahu syarat pendaftaran bantuan sosial", "Setuju ikut posyandu setiap bulan");

  private Vocabulary() {}

  /** @return a public issue of any field, e.g. "Pencegahan stunting" */
  static Sampler<String> anyIssue() {
    return d -> d.pick(issuesOf(d.pick(AFFAIRS_WITH_ISSUES)));
  }

  /**
   * @param field a field of {@link #AFFAIRS_WITH_ISSUES}
   * @return its public issues
   */
  static List<String> issuesOf(GovernmentAffair field) {
    List<String> issues = ISSUES.get(field);
    if (issues == null) {
      throw new IllegalArgumentException("no public issues are written for " + field);
    }
    return issues;
  }

  /**
   * @param channel a media channel
   * @return the activities written for it
   */
  static List<String> activitiesOf(MediaChannel channel) {
    List<String> activities = ACTIVITIES.get(channel);
    if (activities == null) {
      throw new IllegalArgumentException("no activities are written for " + channel);
    }
    return activities;
  }

  /**
   * @param text any text
   * @return lower-case letters and digits only, e.g. {@code "KIM Maju Bersama"} → {@code "kimmajubersama"}
   */
  static String slug(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
