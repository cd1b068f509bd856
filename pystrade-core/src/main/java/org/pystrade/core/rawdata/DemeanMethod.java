package org.pystrade.core.rawdata;


/**
 * What a factor is demeaned by before a factor rule trades it (pysystemtrade's {@code demean_method} of
 * {@code get_demeanded_factor_value}).
 */
public enum DemeanMethod {
  /**
   * {@code average_factor_value_for_instrument} (pysystemtrade's default): the instrument's own factor averaged by
   * an exponentially weighted mean with centre of mass 15 x 256 business days.
   */
  AVERAGE_FACTOR_VALUE_FOR_INSTRUMENT("average_factor_value_for_instrument"),
  /**
   * {@code average_factor_value_in_asset_class_for_instrument}: the cross-sectional mean, each day, of the factor
   * of every instrument of the asset class in the data (not only the system's), each forward filled.
   */
  AVERAGE_FACTOR_VALUE_IN_ASSET_CLASS_FOR_INSTRUMENT("average_factor_value_in_asset_class_for_instrument"),
  /**
   * {@code current_average_factor_values_over_all_assets}: the cross-sectional mean, each day, of the factor of
   * every instrument of the system, each forward filled.
   */
  CURRENT_AVERAGE_FACTOR_VALUES_OVER_ALL_ASSETS("current_average_factor_values_over_all_assets"),
  /**
   * {@code historic_average_factor_value_all_assets}: that cross-sectional mean over the system's instruments,
   * averaged by an exponentially weighted mean with centre of mass 15 x 256 business days.
   */
  HISTORIC_AVERAGE_FACTOR_VALUE_ALL_ASSETS("historic_average_factor_value_all_assets");

  private final String pythonName;

  DemeanMethod(String pythonName) {
    this.pythonName = pythonName;
  }

  /**
   * pysystemtrade's name (its raw-data method).
   *
   * @return the name
   */
  public String pythonName() {
    return pythonName;
  }

  /**
   * The method pysystemtrade names so.
   *
   * @param name the name
   * @return the method
   * @throws IllegalArgumentException naming the unknown method and the known ones
   */
  public static DemeanMethod of(String name) {
    return PythonNames.lookup(values(), DemeanMethod::pythonName, name, "demean method");
  }

  @Override
  public String toString() {
    return pythonName;
  }
}
