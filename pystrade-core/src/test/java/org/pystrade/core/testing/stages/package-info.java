/**
 * Contract tests of the system's stages, published in pystrade-core's test-jar: one abstract JUnit 5 class per stage
 * interface ({@link org.pystrade.core.testing.stages.RawDataContract},
 * {@link org.pystrade.core.testing.stages.RulesContract},
 * {@link org.pystrade.core.testing.stages.ForecastScaleCapContract},
 * {@link org.pystrade.core.testing.stages.ForecastCombineContract},
 * {@link org.pystrade.core.testing.stages.PositionSizingContract},
 * {@link org.pystrade.core.testing.stages.PortfolioContract},
 * {@link org.pystrade.core.testing.stages.AccountsContract}) that checks what any correct implementation of the
 * stage must satisfy, on a small deterministic synthetic universe
 * ({@link org.pystrade.core.testing.stages.StageFixture}).
 *
 * <p>To test a stage of one's own, depend on the test-jar
 * ({@code <artifactId>pystrade-core</artifactId><type>test-jar</type><scope>test</scope>}) and extend the stage's
 * contract, returning the stage's factory:
 * <pre>{@code
 * class MyScaleCapTest extends ForecastScaleCapContract {
 *   @Override
 *   protected Function<ForecastScaleCapInputs, ForecastScaleCap> factory() {
 *     return MyScaleCap::new;
 *   }
 * }
 * }</pre>
 */
package org.pystrade.core.testing.stages;
