package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The loader reads the CSV as published, and refuses damaged data loudly, naming file and line. */
class LoaderChecksTest {
  private final Map<String, String> files = new HashMap<>(Map.of(
      "provinces.csv", "code,name\n51,Bali\n",
      "regencies.csv", "code,province_code,name\n51.01,51,Kabupaten Jembrana\n51.71,51,Kota Denpasar\n",
      "districts.csv", "code,regency_code,name\n51.01.03,51.01,Pekutatan\n"
          + "51.71.01,51.71,\"Denpasar \"\"Selatan\"\"\"\n",
      "villages.csv", "code,district_code,name\n51.01.03.2006,51.01.03,Gumbrih\n"));

  private RegionRegister load() {
    return RegionRegister.load(file -> {
      String text = files.get(file);
      return text == null ? null : (InputStream) new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    });
  }

  private CorruptRegisterException corrupt(String file, String text) {
    files.put(file, text);
    return assertThrows(CorruptRegisterException.class, this::load);
  }

  @Test
  void readsQuotedNamesWithCommasAndQuotesAndCrLf() {
    files.put("districts.csv", "code,regency_code,name\r\n51.01.03,51.01,Pekutatan\r\n");
    files.put("villages.csv", "code,district_code,name\n51.01.03.1007,51.01.03,\"Lubuk Pakam I,II\"\n"
        + "51.01.03.2006,51.01.03,\"Soka\"\"an\"");
    RegionRegister register = load();
    assertEquals(Optional.of("Lubuk Pakam I,II"), register.officialName(RegionCode.parse("51.01.03.1007")));
    assertEquals(Optional.of("Soka\"an"), register.officialName(RegionCode.parse("51.01.03.2006")));
    assertEquals(1, register.count(RegionLevel.DISTRICT));
    files.remove("districts.csv");
    files.put("districts.csv", "code,regency_code,name\n51.01.03,51.01,Pekutatan\n"
        + "51.71.01,51.71,\"Denpasar \"\"S\"\"\"\n");
    files.put("villages.csv", "code,district_code,name\n51.01.03.2006,51.01.03,Gumbrih\n");
    assertEquals(Optional.of("Denpasar \"S\""), load().officialName(RegionCode.parse("51.71.01")));
  }

  @Test
  void aParentThatIsNotInTheRegisterIsRefused() {
    CorruptRegisterException e = corrupt("districts.csv", "code,regency_code,name\n51.01.03,51.01,Pekutatan\n"
        + "51.02.01,51.02,Melaya\n");
    assertEquals("districts.csv", e.file());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("parent 5102 of 510201 is not in the register"), e.getMessage());
  }

  @Test
  void aParentCodeThatDoesNotBeginTheCodeIsRefused() {
    CorruptRegisterException e = corrupt("villages.csv", "code,district_code,name\n51.01.03.2006,51.01.04,Gumbrih\n");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("is not the Kecamatan code that begins code 5101032006"), e.getMessage());
  }

  @Test
  void malformedRowsAreRefused() {
    assertEquals(1, corrupt("provinces.csv", "kode,nama\n51,Bali\n").line());
    assertEquals(2, corrupt("provinces.csv", "code,name\n5,Bali\n").line());
    assertEquals(3, corrupt("provinces.csv", "code,name\n51,Bali\n51,Bali\n").line(), "a repeated code");
    assertEquals(3, corrupt("provinces.csv", "code,name\n52,NTB\n51,Bali\n").line(), "out of order");
    assertEquals(2, corrupt("provinces.csv", "code,name\n51,\n").line(), "no name");
    assertEquals(2, corrupt("provinces.csv", "code,name\n51,Bali,extra\n").line(), "a field too many");
    files.put("provinces.csv", "code,name\n51,Bali\n");
    assertEquals(2, corrupt("villages.csv", "code,district_code,name\n51.01.03.2006,51.01.03,\"Gumbrih\n").line(),
        "a quote never closed");
    assertEquals(0, corrupt("villages.csv", "code,district_code,name\n").line(), "no villages");
  }

  @Test
  void aMissingFileIsRefused() {
    files.remove("villages.csv");
    CorruptRegisterException e = assertThrows(CorruptRegisterException.class, this::load);
    assertEquals("kim-regions: corrupt region data villages.csv: the file is missing", e.getMessage());
  }
}
