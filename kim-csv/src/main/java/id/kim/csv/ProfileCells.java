package id.kim.csv;

import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimType;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.media.ContentType;
import id.kim.core.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the descriptive cells of Tabel 3.1: type (PROFILE-b), fields of activity (m), public issues
 * (n), frequency (p), content types (q) and partnership periods (r).
 */
final class ProfileCells {
  private static final Pattern FREQUENCY = Pattern.compile(
      "(?i)(\\d{1,5})\\s*(?:x|kali)?\\s*(?:/|per|se|tiap|setiap)?\\s*(hari|minggu|pekan|bulan|tahun)(?:an)?");
  private static final Pattern RHYTHM = Pattern.compile("(?i)(harian|mingguan|bulanan|tahunan)");
  private static final Pattern PERIOD = Pattern.compile("(?i)(" + DateCells.DATE
      + ")\\s*(?:s\\.?\\s?d\\.?|s/d|sampai|hingga|-|\u2013|\u2014)\\s*(" + DateCells.DATE
      + ")\\s*(?::|\\(|-|\u2013)?\\s*(.*?)\\)?");
  /** Practice labels that name a statutory affair in other words (RULES.md §5.2, [S000]); PROPOSED. */
  private static final Map<String, GovernmentAffair> AFFAIR_SYNONYMS = Map.of(
      "umkm", GovernmentAffair.COOPERATIVES_AND_SMES, "koperasi", GovernmentAffair.COOPERATIVES_AND_SMES,
      "lingkungan", GovernmentAffair.ENVIRONMENT, "teknologi informasi", GovernmentAffair.COMMUNICATION_AND_INFORMATICS,
      "kominfo", GovernmentAffair.COMMUNICATION_AND_INFORMATICS, "olahraga", GovernmentAffair.YOUTH_AND_SPORTS,
      "kepemudaan", GovernmentAffair.YOUTH_AND_SPORTS, "perikanan", GovernmentAffair.MARINE_AND_FISHERIES);
  private static final Map<String, ContentType> CONTENT = contentWords();
  private static final Map<String, GovernmentAffair> AFFAIRS = affairNames();

  private ProfileCells() {}

  static KimType type(String cell) {
    switch (CellText.key(cell)) {
      case "tipe a", "a" -> {
        return KimType.A;
      }
      case "tipe b", "b" -> {
        return KimType.B;
      }
      default -> { }
    }
    try {
      return KimType.parse(CellText.strip(cell));
    } catch (IllegalArgumentException e) {
      throw new CellFormatException("csv.type");
    }
  }

  /**
   * @return the affairs named, by code, constant, Indonesian name or a known practice label; names
   *     that contain commas ("koperasi, usaha kecil, dan menengah") are matched whole, the longest first
   */
  static List<GovernmentAffair> fields(String cell) {
    List<String> parts = CellText.items(cell);
    List<GovernmentAffair> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); ) {
      int matched = 0;
      for (int j = parts.size(); j > i && matched == 0; j--) {
        Optional<GovernmentAffair> a = affairByKey(String.join(", ", parts.subList(i, j)).toLowerCase(Locale.ROOT));
        if (a.isPresent()) {
          out.add(a.get());
          matched = j - i;
        }
      }
      if (matched == 0) {
        throw new CellFormatException("csv.field");
      }
      i += matched;
    }
    return out;
  }

  /** @return issues; "Vaksinasi Covid-19 (kesehatan)" records the field it arises in */
  static List<ProfileIssue> issues(String cell) {
    List<ProfileIssue> out = new ArrayList<>();
    for (String item : CellText.items(cell)) {
      Optional<String[]> parts = CellText.bracketed(item);
      Optional<GovernmentAffair> field = parts.flatMap(p -> affair(p[1]));
      out.add(field.map(f -> ProfileIssue.of(CellText.strip(parts.get()[0]), f))
          .orElseGet(() -> ProfileIssue.of(item)));
    }
    return out;
  }

  /**
   * @return e.g. "3 kali seminggu", "3x/minggu", "12 per tahun", "mingguan"; daily counts become weekly
   *     × 7 (GAP-26)
   */
  static Frequency frequency(String cell) {
    String t = CellText.strip(cell);
    Matcher m = FREQUENCY.matcher(t);
    if (m.matches()) {
      return frequency(Integer.parseInt(m.group(1)), m.group(2).toLowerCase(Locale.ROOT));
    }
    m = RHYTHM.matcher(t);
    if (m.matches()) {
      String unit = m.group(1).toLowerCase(Locale.ROOT);
      return frequency(1, unit.substring(0, unit.length() - 2));
    }
    throw new CellFormatException("csv.frequency");
  }

  private static Frequency frequency(int count, String unit) {
    return switch (unit) {
      case "hari" -> Frequency.of(count * 7, FrequencyPeriod.WEEKLY);
      case "minggu", "pekan" -> Frequency.of(count, FrequencyPeriod.WEEKLY);
      case "bulan" -> Frequency.of(count, FrequencyPeriod.MONTHLY);
      default -> Frequency.of(count, FrequencyPeriod.YEARLY);
    };
  }

  /** @return content types by their Indonesian label ("Tulisan", "Foto", "Infografis") or code */
  static List<ContentType> contentTypes(String cell) {
    List<ContentType> out = new ArrayList<>();
    for (String item : CellText.items(cell)) {
      ContentType type = CONTENT.get(item.toLowerCase(Locale.ROOT));
      if (type == null) {
        throw new CellFormatException("csv.contentType");
      }
      out.add(type);
    }
    return out;
  }

  /** @return periods such as "1/1/2026 s.d. 31/12/2026: Sosialisasi Pemilu" (one per programme, separated by ";") */
  static List<PartnershipPeriod> periods(String cell) {
    List<PartnershipPeriod> out = new ArrayList<>();
    for (String item : CellText.STRONG.split(cell)) {
      if (item.isBlank()) {
        continue;
      }
      out.add(period(CellText.strip(item)));
    }
    return out;
  }

  /** @return one period; the common "01/07/2025 s.d. 30/06/2026: programme" without the expression */
  static PartnershipPeriod period(String text) {
    if (text.length() > 28 && text.startsWith(" s.d. ", 10) && text.startsWith(": ", 26) && DateCells.isPlain(text, 0)
        && DateCells.isPlain(text, 16) && !CellText.hasLineTerminator(text)) {
      String rest = text.substring(28);
      String programme = rest.endsWith(")") ? rest.substring(0, rest.length() - 1) : rest;
      return period(text.substring(0, 10), text.substring(16, 26), programme);
    }
    return periodByExpression(text);
  }

  /** @return one period as {@link #PERIOD} reads it */
  static PartnershipPeriod periodByExpression(String text) {
    Matcher m = PERIOD.matcher(text);
    if (!m.matches()) {
      throw new CellFormatException("csv.period");
    }
    return period(m.group(1), m.group(2), m.group(3));
  }

  private static PartnershipPeriod period(String start, String end, String programmeText) {
    String programme = CellText.strip(programmeText);
    if (programme.isEmpty()) {
      throw new CellFormatException("csv.period.programme");
    }
    return PartnershipPeriod.of(Period.of(DateCells.parse(start), DateCells.parse(end)), programme);
  }

  /** @return the affair named as {@link GovernmentAffair#find} would find it, or by a practice label */
  private static Optional<GovernmentAffair> affair(String text) {
    return affairByKey(CellText.key(text));
  }

  /** @return the affair of a text already stripped and lower-cased */
  private static Optional<GovernmentAffair> affairByKey(String key) {
    GovernmentAffair found = AFFAIRS.get(key);
    return Optional.ofNullable(found != null ? found : AFFAIR_SYNONYMS.get(key));
  }

  /** {@link GovernmentAffair#find}'s names (code, constant, Indonesian name) as one table, first match kept. */
  private static Map<String, GovernmentAffair> affairNames() {
    Map<String, GovernmentAffair> m = new HashMap<>();
    for (GovernmentAffair a : GovernmentAffair.values()) {
      for (String name : List.of(a.code(), a.name(), a.indonesianName())) {
        m.putIfAbsent(name.toLowerCase(Locale.ROOT), a);
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, ContentType> contentWords() {
    Map<String, ContentType> m = new LinkedHashMap<>();
    for (ContentType t : ContentType.values()) {
      m.put(CellText.key(t.label()), t);
      m.put(CellText.key(t.name().replace('_', ' ')), t);
    }
    m.put("artikel", ContentType.TEXT);
    m.put("berita", ContentType.TEXT);
    m.put("teks", ContentType.TEXT);
    m.put("infografik", ContentType.INFOGRAPHIC);
    m.put("audio visual", ContentType.AUDIO_VISUAL);
    m.put("audiovisual", ContentType.AUDIO_VISUAL);
    m.put("podcast", ContentType.AUDIO);
    m.put("poster", ContentType.IMAGE);
    return m;
  }
}
