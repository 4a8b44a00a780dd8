package id.kim.csv;

import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the media cells of Tabel 3.1: "Jenis Media" (PROFILE-l) as platform names with an optional
 * handle or URL ("Instagram @kim.mekarsari; WAG; Radio komunitas"), and "Kekuatan"/"Pengaruh"
 * (PROFILE-s/t) as platform, count and what is counted ("Instagram 1.250 pengikut").
 */
final class MediaCells {
  private static final Map<String, Platform> PLATFORMS = platforms();
  private static final int LONGEST_ALIAS = PLATFORMS.keySet().stream().mapToInt(String::length).max().orElse(0);
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:\u2013-]+");
  private static final Map<String, ReachMetric> REACH_WORDS = words(ReachMetric.class, new String[][] {
      {"FOLLOWERS", "follower", "followers", "pengikut", "fans"},
      {"SUBSCRIBERS", "subscriber", "subscribers", "pelanggan"},
      {"GROUP_MEMBERS", "anggota", "anggota grup", "member", "members"},
      {"VISITORS", "pengunjung", "visitor", "visitors", "kunjungan"},
      {"MEETING_PARTICIPANTS", "peserta", "peserta pertemuan", "participants", "hadirin"},
      {"OTHER", "pendengar", "pembaca", "penonton", "listeners", "readers", "viewers"}});
  private static final Map<String, ResponseMetric> RESPONSE_WORDS = words(ResponseMetric.class, new String[][] {
      {"LIKES", "like", "likes", "suka", "disukai"},
      {"SHARES", "share", "shares", "dibagikan", "bagikan", "retweet", "retweets"},
      {"COMMENTS", "comment", "comments", "komentar"},
      {"DISCUSSION_PARTICIPANTS", "peserta diskusi", "discussion participants"},
      {"OTHER", "tanggapan", "respons", "respon", "responses"}});
  private static final Set<String> SUFFIXES = Set.of("rb", "ribu", "k", "jt", "juta");
  static final Pattern FIGURE =
      Pattern.compile("(?i)(.*?)[:\\s]+([0-9][0-9. ]*(?:\\s?(?:rb|ribu|k|jt|juta))?)\\s+(.+)");

  private MediaCells() {}

  /** @return the media of an "Jenis Media" cell, in the order written (items come stripped) */
  static List<KimMedium> media(String cell) {
    List<KimMedium> out = new ArrayList<>();
    for (String text : CellText.items(cell)) {
      String alias = alias(text.toLowerCase(Locale.ROOT));
      String after = text.substring(Math.min(alias.length(), text.length()));
      boolean plain =
          after.isEmpty()
              || (after.charAt(0) == ' '
                  && after.length() > 1
                  && Character.isLetterOrDigit(after.charAt(1)));
      String rest = plain ? after.strip() : CellText.strip(LEADING_PUNCTUATION.matcher(after).replaceFirst(""));
      KimMedium.Builder b = KimMedium.builder().platform(platformOf(alias));
      if (rest.startsWith("http://") || rest.startsWith("https://")) {
        b.url(rest);
      } else if (!rest.isEmpty()) {
        b.name(rest);
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * @param cell a "Kekuatan" cell
   * @param media the row's media, to attach each figure to the medium it counts
   * @param on the day of the figures
   * @return the strength figures (PROFILE-s)
   */
  static List<ReachObservation> reach(String cell, List<KimMedium> media, LocalDate on) {
    return figures(cell, media,
        (medium, unit, count) -> ReachObservation.of(medium, reachMetric(unit), CellText.count(count), on));
  }

  /**
   * @param cell a "Pengaruh" cell
   * @param media the row's media
   * @param on the day of the figures
   * @return the influence figures (PROFILE-t)
   */
  static List<ResponseObservation> responses(String cell, List<KimMedium> media, LocalDate on) {
    return figures(cell, media,
        (medium, unit, count) -> ResponseObservation.of(medium, responseMetric(unit), CellText.count(count), on));
  }

  /** One figure of a "Kekuatan" or "Pengaruh" item: its medium, the unit word and the number as written. */
  @FunctionalInterface
  private interface FigureReader<T> {
    T read(KimMedium medium, String unit, String count);
  }

  private static <T> List<T> figures(String cell, List<KimMedium> media, FigureReader<T> reader) {
    List<T> out = new ArrayList<>();
    for (String item : CellText.items(cell)) {
      String[] f = figure(item);
      out.add(reader.read(medium(f[0], media), f[2], f[1]));
    }
    return out;
  }

  /**
   * @param item an item of a "Kekuatan" or "Pengaruh" cell
   * @return its medium, number and unit, as {@link #FIGURE} splits them
   */
  static String[] figure(String item) {
    String text = CellText.strip(item);
    String[] parts = plainFigure(text);
    if (parts != null) {
      return parts;
    }
    Matcher m = FIGURE.matcher(text);
    if (!m.matches()) {
      throw new CellFormatException("csv.figure");
    }
    return new String[] {m.group(1), m.group(2), m.group(3)};
  }

  /**
   * The common form "Instagram 1947 pengikut" without the expression: words, a plain number, words;
   * null for anything else (a colon, a grouped number, "3 rb"), which the expression reads.
   */
  private static String @Nullable [] plainFigure(String text) {
    if (text.indexOf(':') >= 0 || CellText.hasLineTerminator(text)) {
      return null;
    }
    int start = text.indexOf(' ');
    while (start > 0 && start + 1 < text.length() && !Character.isDigit(text.charAt(start + 1))) {
      start = text.indexOf(' ', start + 1);
    }
    if (start <= 0 || start + 1 >= text.length() || !CellText.isAsciiDigit(text.charAt(start + 1))) {
      return null;
    }
    int end = start + 1;
    while (end < text.length() && CellText.isAsciiDigit(text.charAt(end))) {
      end++;
    }
    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
      return null;
    }
    String rest = text.substring(end + 1);
    int space = rest.indexOf(' ');
    String next = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
    if (Character.isDigit(rest.charAt(0)) || rest.charAt(0) == '.' || SUFFIXES.contains(next)) {
      return null;
    }
    return new String[] {text.substring(0, start), text.substring(start + 1, end), rest};
  }

  private static KimMedium medium(String text, List<KimMedium> media) {
    String key = CellText.key(text);
    if (!alias(key).equals(key)) {
      throw new CellFormatException("csv.figure");
    }
    Platform platform = platformOf(key);
    List<KimMedium> same = media.stream().filter(m -> m.platform() == platform).toList();
    return same.size() == 1 ? same.get(0) : KimMedium.of(platform);
  }

  private static ReachMetric reachMetric(String word) {
    ReachMetric metric = REACH_WORDS.get(CellText.key(word));
    if (metric == null) {
      throw new CellFormatException("csv.reachMetric");
    }
    return metric;
  }

  private static ResponseMetric responseMetric(String word) {
    ResponseMetric metric = RESPONSE_WORDS.get(CellText.key(word));
    if (metric == null) {
      throw new CellFormatException("csv.responseMetric");
    }
    return metric;
  }

  private static <E extends Enum<E>> Map<String, E> words(Class<E> type, String[][] table) {
    Map<String, E> m = new LinkedHashMap<>();
    for (String[] row : table) {
      for (int i = 1; i < row.length; i++) {
        m.put(row[i], Enum.valueOf(type, row[0]));
      }
    }
    return m;
  }

  /** @return the longest platform alias the text starts with, as a whole word */
  private static String alias(String key) {
    if (PLATFORMS.containsKey(key)) {
      return key;
    }
    for (int end = Math.min(key.length() - 1, LONGEST_ALIAS); end > 0; end--) {
      if (!Character.isLetterOrDigit(key.charAt(end))) {
        String prefix = key.substring(0, end);
        if (PLATFORMS.containsKey(prefix)) {
          return prefix;
        }
      }
    }
    throw new CellFormatException("csv.platform");
  }

  /** @return the platform of an alias {@link #alias} answered */
  private static Platform platformOf(String alias) {
    Platform platform = PLATFORMS.get(alias);
    if (platform == null) {
      throw new CellFormatException("csv.platform");
    }
    return platform;
  }

  private static Map<String, Platform> platforms() {
    Map<String, Platform> m = new LinkedHashMap<>();
    for (Platform p : Platform.values()) {
      m.put(CellText.key(p.label()), p);
      m.put(CellText.key(p.name().replace('_', ' ')), p);
    }
    String[][] more = {{"ig", "INSTAGRAM"}, {"fb", "FACEBOOK"}, {"x", "TWITTER"}, {"twitter", "TWITTER"},
        {"yt", "YOUTUBE"}, {"whatsapp", "WHATSAPP_GROUP"}, {"wa", "WHATSAPP_GROUP"}, {"wag", "WHATSAPP_GROUP"},
        {"grup wa", "WHATSAPP_GROUP"},
        {"grup whatsapp", "WHATSAPP_GROUP"}, {"group wa", "WHATSAPP_GROUP"}, {"situs", "WEBSITE"}, {"web", "WEBSITE"},
        {"blogspot", "BLOG"}, {"radio", "COMMUNITY_RADIO"}, {"tv", "TELEVISION"}, {"buletin", "PRINT"},
        {"cetak", "PRINT"},
        {"majalah", "PRINT"}, {"koran", "PRINT"}, {"leaflet", "PRINT"}, {"pamflet", "PRINT"}, {"spanduk", "OUTDOOR"},
        {"baliho", "OUTDOOR"}, {"mading", "OUTDOOR"}, {"majalah dinding", "OUTDOOR"}, {"pertemuan", "FACE_TO_FACE"},
        {"tatap muka", "FACE_TO_FACE"}, {"sosialisasi tatap muka", "FACE_TO_FACE"}};
    for (String[] a : more) {
      m.put(a[0], Platform.valueOf(a[1]));
    }
    return m;
  }
}
