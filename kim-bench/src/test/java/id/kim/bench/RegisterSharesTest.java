package id.kim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.testkit.RegionSamplers;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The national run's registers: every seed in exactly one register, registers of equal size. */
class RegisterSharesTest {

  @Test
  @DisplayName("shares: seeds 0..N-1 each in one register, in table order, sizes differ by at most one")
  void everySeedOnce() {
    int regencies = RegionSamplers.regencyCities().size();
    qt().forAll(integers().between(0, 3_000_000)).checkAssert(profiles -> {
      List<Register> registers = Register.shares(profiles);
      int next = 0;
      int smallest = Integer.MAX_VALUE;
      int largest = 0;
      for (Register r : registers) {
        assertEquals(next, r.firstSeed());
        assertTrue(r.count() > 0);
        next += r.count();
        smallest = Math.min(smallest, r.count());
        largest = Math.max(largest, r.count());
      }
      assertEquals(profiles, next);
      assertEquals(Math.min(profiles, regencies), registers.size());
      assertEquals(registers.size(), new HashSet<>(registers.stream().map(Register::regencyCity).toList()).size());
      assertTrue(registers.isEmpty() || largest - smallest <= 1);
    });
    assertEquals(22_728, Register.shares(1_000_000).get(0).count());
  }

  @Test
  @DisplayName("each register is decided by the Dinas Kominfo of its own regency/city")
  void dinasOfItsRegency() {
    for (Register r : Register.shares(44)) {
      assertEquals(r.regencyCity(), r.dinas().regencyCity().orElseThrow());
    }
  }
}
