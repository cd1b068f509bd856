package org.pystrade.optimisation.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelationMatrixTest {

  private static final double N = Double.NaN;
  private static final List<String> ABC = List.of("a", "b", "c");

  @Test
  void cleaningFillsMissingWithAverageWhereBothMustHaveValues() {
    CorrelationMatrix m = new CorrelationMatrix(ABC, new double[][] {{1, N, 0.5}, {N, 1, 0.75}, {0.5, 0.75, 1}});
    CorrelationMatrix all = m.clean(new boolean[] {true, true, true}, 0.99);
    assertThat(all.get(0, 1)).isCloseTo(0.625, within(1e-15));
    assertThat(all.get(1, 0)).isCloseTo(0.625, within(1e-15));
    CorrelationMatrix some = m.clean(new boolean[] {false, true, true}, 0.99);
    assertThat(some.get(0, 1)).isEqualTo(0.99);
    assertThat(some.get(2, 1)).isEqualTo(0.75);
  }

  @Test
  void cleaningAllMissingGivesBoringMatrixAndCompleteIsUnchanged() {
    CorrelationMatrix empty = new CorrelationMatrix(ABC, new double[][] {{N, N, N}, {N, N, N}, {N, N, N}});
    assertThat(empty.clean(new boolean[3], 0.99)).isEqualTo(CorrelationMatrix.boring(ABC, 0.99));
    CorrelationMatrix full = new CorrelationMatrix(ABC, new double[][] {{1, -0.2, 0.5}, {-0.2, 1, 0.1},
        {0.5, 0.1, 1}});
    assertThat(full.clean(new boolean[3], 0.99)).isSameAs(full);
    CorrelationMatrix floored = full.modify(true, 0.0, Double.NaN);
    assertThat(floored.get(0, 1)).isZero();
    assertThat(floored.get(0, 2)).isEqualTo(0.5);
  }

  @Test
  void shrinkToAverageAndAssetsWithData() {
    CorrelationMatrix m = new CorrelationMatrix(List.of("a", "b"), new double[][] {{1, 0.2}, {0.2, 1}});
    assertThat(m.shrinkToAverage(0.5).get(0, 1)).isCloseTo(0.2, within(1e-15));
    CorrelationMatrix partial = new CorrelationMatrix(ABC, new double[][] {{1, 0.3, N}, {0.3, 1, N}, {N, N, N}});
    assertThat(partial.assetsWithData()).containsExactly("a", "b");
  }

  @Test
  void averageCorrelationSumsInNumpysPairwiseOrder() {
    // np.nanmean of this matrix with the diagonal blanked; a plain loop gives 0.03433159941325828
    CorrelationMatrix m = new CorrelationMatrix(List.of("a", "b", "c", "d"), new double[][] {
        {1.0, 0.17013276912329844, 0.6379338383804225, -0.7461179165074457},
        {0.17013276912329844, 1.0, 0.39680126409856914, 0.1640863445981382},
        {0.6379338383804225, 0.39680126409856914, 1.0, -0.41684670321343287},
        {-0.7461179165074457, 0.1640863445981382, -0.41684670321343287, 1.0}});
    assertThat(m.averageCorrelation()).isEqualTo(0.034331599413258265);
  }
}
