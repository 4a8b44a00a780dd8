package id.kim.rules.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kim.core.region.RegionCode;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Nomor Induk Komunitas formats carry a kabupaten/kota code (PARTNER-LEGAL-2, PROPOSED, GAP-12). */
class NumberRegionCodeTest {
  private static final RegionCode BALI = RegionCode.parse("51");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "KIM/5101/0007, 51.01",
      "KIM/51.01/0007, 51.01",
      "KIM-5102-0007, 51.02",
      "KIM 5171 0007, 51.71",
      "KIM/5101/2024/0007, 51.01",
      "KIM/5101/5101/0007, 51.01",
      "KIM/5101/5102, -",
      "KIM/0007, -",
      "KIM/3603/0007, -",
      "KIM/51.01.03/0007, -",
      "KIM5101/0007, -",
      "5101010007, -",
      "0007/KIM/2024, -"})
  void formats(String number, String expected) {
    Optional<RegionCode> want = "-".equals(expected) ? Optional.empty() : Optional.of(RegionCode.parse(expected));
    assertEquals(want, NumberRegionCode.in(number, BALI));
  }
}
