package org.figora.analysis.report;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.StringColumnType;

/**
 * Builds Tablesaw string columns from all their values at once.
 *
 * <p>A {@link StringColumn} keeps its values in a dictionary. Appended one by one, a column of
 * 50,000 distinct values grows its hash maps a dozen times and rebuilds its dictionary twice, as
 * a byte-keyed and then a short-keyed one fill up; here the dictionary is made once, int-keyed,
 * with maps sized for the values. The column holds the same values as one made by
 * {@link StringColumn#create(String, String...)} and behaves the same afterwards (appending,
 * copying, setting values); as there, an empty string is a missing value.
 */
final class StringColumns {

  /** Keys as {@code IntDictionaryMap} numbers them: the first key follows this one. */
  private static final int BEFORE_FIRST_KEY = Integer.MIN_VALUE;
  /** {@code IntDictionaryMap}'s key of the missing value. */
  private static final int MISSING_KEY = Integer.MAX_VALUE;

  private StringColumns() {}

  /**
   * A column of the given values.
   *
   * @param name the column name
   * @param values the values, in row order; empty strings are missing values
   * @return the column
   */
  static StringColumn of(String name, String[] values) {
    Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(values.length);
    valueToKey.defaultReturnValue(BEFORE_FIRST_KEY);
    String missing = StringColumnType.missingValueIndicator();
    int[] keys = new int[values.length];
    String[] distinct = new String[values.length];
    int[] counts = new int[values.length];
    int distinctCount = 0;
    int missingCount = 0;
    for (int row = 0; row < values.length; row++) {
      String value = values[row];
      if (value == null || value.equals(missing)) {
        keys[row] = MISSING_KEY;
        missingCount++;
        continue;
      }
      int key = valueToKey.putIfAbsent(value, BEFORE_FIRST_KEY + 1 + distinctCount);
      if (key == BEFORE_FIRST_KEY) {
        key = BEFORE_FIRST_KEY + 1 + distinctCount;
        distinct[distinctCount++] = value;
      }
      keys[row] = key;
      counts[key - BEFORE_FIRST_KEY - 1]++;
    }
    int mapSize = distinctCount + (missingCount > 0 ? 1 : 0);
    Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(mapSize);
    Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(mapSize);
    for (int i = 0; i < distinctCount; i++) {
      keyToValue.put(BEFORE_FIRST_KEY + 1 + i, distinct[i]);
      keyToCount.put(BEFORE_FIRST_KEY + 1 + i, counts[i]);
    }
    if (missingCount > 0) {
      keyToValue.put(MISSING_KEY, missing);
      valueToKey.put(missing, MISSING_KEY);
      keyToCount.put(MISSING_KEY, missingCount);
    }
    IntDictionaryMap dictionary = new IntDictionaryMap.IntDictionaryBuilder()
        .setNextIndex(BEFORE_FIRST_KEY + distinctCount)
        .setKeyToValue(keyToValue)
        .setValueToKey(valueToKey)
        .setKeyToCount(keyToCount)
        .setValues(keys)
        .build();
    return StringColumn.createInternal(name, dictionary);
  }
}
