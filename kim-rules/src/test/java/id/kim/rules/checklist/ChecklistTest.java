package id.kim.rules.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.i18n.Lang;
import id.kim.rules.capacity.CapacityBuildingStage;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ChecklistTest {

  @Test
  @DisplayName(
      "SOLUTION-STAGE-1..7: any sequence of ticks leaves the done stages in process order, every required earlier "
          + "stage done")
  void ticksKeepOrder() {
    qt().forAll(lists().of(Generate.enumValues(CapacityBuildingStage.class)).ofSizeBetween(0, 20))
        .checkAssert(ticks -> {
      Checklist<CapacityBuildingStage> c = Checklist.of(CapacityBuildingStage.class);
      for (CapacityBuildingStage s : ticks) {
        Either<?, Checklist<CapacityBuildingStage>> next = c.tick(s);
        c = next.getOrElse(c);
      }
      List<Integer> positions = c.done().map(Enum::ordinal).toList();
      assertEquals(positions.sorted().distinct(), positions);
      for (CapacityBuildingStage done : c.done()) {
        for (CapacityBuildingStage earlier : c.stages().takeWhile(s -> s != done)) {
          assertTrue(earlier.optional() || c.isDone(earlier), earlier + " before " + done);
        }
      }
    });
  }

  @Test
  @DisplayName("SOLUTION-FIG: a stage twice, or a stage not in the list, is refused with a message naming it")
  void refusals() {
    Checklist<CapacityBuildingStage> c = Checklist.of(CapacityBuildingStage.class).tick(CapacityBuildingStage.SET_THEME)
        .get();
    assertEquals("SOLUTION-STAGE-1 (Penetapan Tema) sudah dicentang",
        c.tick(CapacityBuildingStage.SET_THEME).getLeft().render(Lang.ID));
    Checklist<CapacityBuildingStage> short3 = Checklist.of(List.of(CapacityBuildingStage.SET_THEME,
        CapacityBuildingStage.CONDUCT));
    assertEquals("SOLUTION-FIG (Penetapan Peserta) is not a stage of this activity",
        short3.tick(CapacityBuildingStage.SELECT_PARTICIPANTS).getLeft().render(Lang.EN));
    assertEquals(CapacityBuildingStage.APPOINT_INSTRUCTORS, c.next().get());
    assertThrows(IllegalArgumentException.class, () -> Checklist.of(List.<CapacityBuildingStage>empty()));
    assertEquals("[x] SOLUTION-STAGE-1, [ ] SOLUTION-STAGE-2", Checklist.of(List.of(CapacityBuildingStage.SET_THEME,
        CapacityBuildingStage.APPOINT_INSTRUCTORS)).tick(CapacityBuildingStage.SET_THEME).get().toString());
  }
}
