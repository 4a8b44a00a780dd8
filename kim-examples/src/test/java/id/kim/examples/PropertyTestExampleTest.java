package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PropertyTestExample: KimGens with QuickTheories, KimSamples in a plain loop")
class PropertyTestExampleTest {

  @Test
  @DisplayName("every property holds for all its examples (the example throws on the first counterexample)")
  void propertiesHold() {
    assertEquals("QuickTheories, KimGens.record(): 200 rekaman ditulis dan dibaca kembali sama (JSON)\n"
        + "QuickTheories, KimGens.eligibleRecord(2026-03-01): 200 rekaman LAYAK\n"
        + "KimSamples.invalidProfile, seed 0..199: 200 profil, tepat satu temuan\n"
        + "QuickTheories, KimGens.partnerFixture(2026-03-01): 50 MITRA lewat PartnerTrail (T1–T4); withoutDecree() "
        + "tidak LAYAK; GridPlacement.of(tinggi, tinggi, tinggi) GRID-1\n", PropertyTestExample.run());
  }
}
