package id.kim.testkit;

/**
 * The constants of each enum type, read once: {@link Class#getEnumConstants()} copies its array on
 * every call. The arrays are never handed out of the package and never written to.
 */
final class EnumConstants {
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  private EnumConstants() {}

  /**
   * @param type an enum type
   * @param <E> the enum
   * @return its constants in declaration order — shared, not to be modified
   */
  @SuppressWarnings("unchecked")
  static <E extends Enum<E>> E[] of(Class<E> type) {
    return (E[]) CONSTANTS.get(type);
  }
}
