package id.kim.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The columns of Tabel 3.1 "Tabel Profiling KIM" as Dinas spreadsheets head them. Headers are
 * matched ignoring case, spaces and punctuation ("No. WhatsApp" = "no whatsapp"), with or without the
 * field letter in front ("d. Ketua KIM/Narahubung"). The juknis gives only the field names (its table
 * is an image, GAP-25), so the variants are the SDK's reading of common practice.
 */
enum Tabel31Column {
  /** Row number column; ignored. */
  ROW_NUMBER(null, "No", "Nomor", "No Urut"),
  /** a. Nama kelompok. */
  NAME("PROFILE-a", "Nama KIM", "Nama Kelompok", "Nama Komunitas", "Nama", "Nama Kelompok Informasi Masyarakat",
      "Nama Komunitas Informasi Masyarakat"),
  /** b. Tipe KIM. */
  TYPE("PROFILE-b", "Tipe KIM", "Tipe", "Jenis KIM"),
  /** c. Nomor Induk Komunitas (never a population NIK, GAP-12). */
  NUMBER("PROFILE-c", "Nomor Induk Komunitas", "Nomor Induk KIM", "No Induk Komunitas", "No Induk KIM",
      "NIK Nomor Induk Komunitas", "NIK KIM", "NIK"),
  /** d. Ketua KIM/Narahubung; the chair unless the header says "Narahubung" alone. */
  CONTACT("PROFILE-d", "Ketua/Narahubung", "Ketua KIM/Narahubung", "Ketua", "Ketua KIM", "Nama Ketua", "Narahubung",
      "Nama Narahubung"),
  /** e. Alamat: street and house number. */
  ADDRESS("PROFILE-e", "Alamat", "Alamat Sekretariat", "Alamat Jalan", "Jalan"),
  /** e. RT/RW. */
  RT_RW("PROFILE-e", "RT/RW", "RT RW"),
  /** f. Kelurahan/Desa. */
  VILLAGE("PROFILE-f", "Kelurahan/Desa", "Kelurahan", "Desa", "Desa/Kelurahan", "Kel/Desa", "Kelurahan/Desa/Kampung",
      "Kampung"),
  /** g. Kecamatan. */
  DISTRICT("PROFILE-g", "Kecamatan", "Kec"),
  /** h. Kabupaten/Kota (filled by a provincial Dinas; GAP-22). */
  REGENCY_CITY("PROFILE-h", "Kabupaten/Kota", "Kab/Kota", "Kabupaten", "Kota"),
  /** f. The Kemendagri code of the kelurahan/desa (an optional extra column; REGION-CODE-1..4). */
  VILLAGE_CODE("PROFILE-f", "Kode Kelurahan/Desa", "Kode Desa/Kelurahan", "Kode Kelurahan", "Kode Desa",
      "Kode Kel/Desa", "Kode Wilayah Kelurahan/Desa", "Kode Wilayah Desa"),
  /** g. The Kemendagri code of the kecamatan (an optional extra column; REGION-CODE-1..4). */
  DISTRICT_CODE("PROFILE-g", "Kode Kecamatan", "Kode Kec", "Kode Wilayah Kecamatan"),
  /** h. The Kemendagri code of the kabupaten/kota (an optional extra column; REGION-CODE-1..4). */
  REGENCY_CITY_CODE("PROFILE-h", "Kode Kabupaten/Kota", "Kode Kab/Kota", "Kode Kabupaten", "Kode Kota",
      "Kode Wilayah Kabupaten/Kota"),
  /** i. The secretariat's fixed line. */
  PHONE("PROFILE-i", "No. Telepon", "Nomor Telepon", "Telepon", "No Telp", "Telp", "Telepon Sekretariat"),
  /** i. The contact person's WhatsApp number. */
  WHATSAPP("PROFILE-i", "WhatsApp", "No. WhatsApp", "Nomor WhatsApp", "WA", "No. WA", "No HP/WA", "HP/WA"),
  /** j. E-mail. */
  EMAIL("PROFILE-j", "Email", "E-mail", "Alamat Email", "Alamat E-mail", "Surel"),
  /** k. Khalayak sasaran: coverage. */
  AUDIENCE("PROFILE-k", "Khalayak Sasaran", "Sasaran"),
  /**
   * k. Khalayak sasaran: the villages reached, "Desa Gumbrih (Pekutatan); Kelurahan Baler Bale Agung (Negara)"
   * (an optional extra column; QUAL-4).
   */
  AUDIENCE_VILLAGES("PROFILE-k", "Cakupan Wilayah", "Wilayah Jangkauan", "Desa/Kelurahan Sasaran"),
  /** k. Khalayak sasaran: socio-economic status (an optional extra column). */
  SOCIO_ECONOMIC("PROFILE-k", "Status Sosial Ekonomi", "Status Sosial dan Ekonomi"),
  /** l. Jenis Media: media owned or managed. */
  MEDIA("PROFILE-l", "Jenis Media", "Media", "Media yang Dikelola", "Media yang Dimiliki"),
  /** o. Jenis Media (tatap muka, konvensional, digital): derived from l, ignored (GAP-23). */
  MEDIA_KIND("PROFILE-o", "Jenis Media Tatap Muka/Konvensional/Digital", "Kategori Media"),
  /** m. Bidang Kegiatan/Ketertarikan. */
  FIELDS("PROFILE-m", "Bidang Kegiatan", "Bidang Kegiatan/Ketertarikan", "Bidang", "Bidang Ketertarikan"),
  /** n. Isu-isu publik. */
  ISSUES("PROFILE-n", "Isu Publik", "Isu-isu Publik", "Isu-Isu Publik", "Isu"),
  /** p. Frekuensi. */
  FREQUENCY("PROFILE-p", "Frekuensi", "Frekuensi Diseminasi"),
  /** q. Jenis konten. */
  CONTENT("PROFILE-q", "Jenis Konten", "Konten"),
  /** r. Periode kemitraan. */
  PERIODS("PROFILE-r", "Periode Kemitraan"),
  /** s. Kekuatan. */
  REACH("PROFILE-s", "Kekuatan"),
  /** t. Pengaruh. */
  RESPONSES("PROFILE-t", "Pengaruh"),
  /** The day the s and t figures were taken (an optional extra column). */
  OBSERVED_ON("PROFILE-s", "Tanggal Pendataan", "Tanggal Data", "Tanggal Observasi");

  private static final Pattern FIELD_LETTER = Pattern.compile("^\\(?[a-t][.)]\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

  private final @Nullable String ruleId;
  private final List<String> headers;

  Tabel31Column(@Nullable String ruleId, String... headers) {
    this.ruleId = ruleId;
    this.headers = List.of(headers);
  }

  /** @return the Tabel 3.1 field, e.g. {@code "PROFILE-i"} */
  Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /** @return the usual header, e.g. {@code "Nama KIM"} */
  String label() {
    return headers.get(0);
  }

  /**
   * @param header a header cell as written
   * @return the column it names, if any
   */
  static Optional<Tabel31Column> find(String header) {
    String key = normalise(header);
    for (Tabel31Column c : values()) {
      for (String h : c.headers) {
        if (normalise(h).equals(key)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  static String normalise(String header) {
    String h = FIELD_LETTER.matcher(header.strip()).replaceFirst("");
    return NOT_ALNUM.matcher(h.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
