package org.figora.analysis.input;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The syntax tree of a row filter, evaluated with three-valued logic as R's {@code subset} and
 * dplyr's {@code filter} do: a comparison with a missing value is {@link Truth#UNKNOWN}, {@code
 * UNKNOWN or TRUE} is true, {@code UNKNOWN and FALSE} is false, and {@code not UNKNOWN} stays
 * unknown. Missing numbers are {@code NaN}.
 */
final class FilterExpression {

  private FilterExpression() {}

  /** A truth value of three-valued logic. */
  enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    static Truth of(boolean value) {
      return value ? TRUE : FALSE;
    }

    Truth and(Truth other) {
      if (this == FALSE || other == FALSE) {
        return FALSE;
      }
      return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    Truth or(Truth other) {
      if (this == TRUE || other == TRUE) {
        return TRUE;
      }
      return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    Truth not() {
      return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
    }
  }

  /** A comparison operator. */
  enum Operator {
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    EQUAL("=="),
    NOT_EQUAL("!=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    static Operator of(String symbol) {
      for (Operator operator : values()) {
        if (operator.symbol.equals(symbol)) {
          return operator;
        }
      }
      throw new IllegalArgumentException("not a comparison operator: " + symbol);
    }

    boolean test(double left, double right) {
      return switch (this) {
        case LESS -> left < right;
        case LESS_OR_EQUAL -> left <= right;
        case GREATER -> left > right;
        case GREATER_OR_EQUAL -> left >= right;
        case EQUAL -> left == right;
        case NOT_EQUAL -> left != right;
      };
    }
  }

  /** A condition on a row. */
  sealed interface Condition permits And, Or, Not, Comparison {

    /**
     * Evaluates the condition.
     *
     * @param cells the number in a column by name, {@code NaN} when missing
     * @return the truth value
     */
    Truth evaluate(ToDoubleFunction<String> cells);

    /**
     * Adds the column references to a list, in order of appearance.
     *
     * @param into the list
     */
    void collectColumns(List<Column> into);
  }

  /** A numeric value in a comparison. */
  sealed interface Value permits Number, Column, Absolute, Negated {

    /**
     * Evaluates the value.
     *
     * @param cells the number in a column by name, {@code NaN} when missing
     * @return the number, {@code NaN} when missing
     */
    double evaluate(ToDoubleFunction<String> cells);

    /**
     * Adds the column references to a list, in order of appearance.
     *
     * @param into the list
     */
    void collectColumns(List<Column> into);
  }

  /** Both conditions hold. */
  record And(Condition left, Condition right) implements Condition {
    @Override
    public Truth evaluate(ToDoubleFunction<String> cells) {
      return left.evaluate(cells).and(right.evaluate(cells));
    }

    @Override
    public void collectColumns(List<Column> into) {
      left.collectColumns(into);
      right.collectColumns(into);
    }
  }

  /** At least one condition holds. */
  record Or(Condition left, Condition right) implements Condition {
    @Override
    public Truth evaluate(ToDoubleFunction<String> cells) {
      return left.evaluate(cells).or(right.evaluate(cells));
    }

    @Override
    public void collectColumns(List<Column> into) {
      left.collectColumns(into);
      right.collectColumns(into);
    }
  }

  /** The condition does not hold. */
  record Not(Condition operand) implements Condition {
    @Override
    public Truth evaluate(ToDoubleFunction<String> cells) {
      return operand.evaluate(cells).not();
    }

    @Override
    public void collectColumns(List<Column> into) {
      operand.collectColumns(into);
    }
  }

  /** Two values compared; unknown when either is missing. */
  record Comparison(Value left, Operator operator, Value right) implements Condition {
    @Override
    public Truth evaluate(ToDoubleFunction<String> cells) {
      double leftValue = left.evaluate(cells);
      double rightValue = right.evaluate(cells);
      if (Double.isNaN(leftValue) || Double.isNaN(rightValue)) {
        return Truth.UNKNOWN;
      }
      return Truth.of(operator.test(leftValue, rightValue));
    }

    @Override
    public void collectColumns(List<Column> into) {
      left.collectColumns(into);
      right.collectColumns(into);
    }
  }

  /** A number written in the expression. */
  record Number(double value) implements Value {
    @Override
    public double evaluate(ToDoubleFunction<String> cells) {
      return value;
    }

    @Override
    public void collectColumns(List<Column> into) {}
  }

  /**
   * A column reference.
   *
   * @param name the column name as written, without backquotes
   * @param position its one-based position in the expression
   */
  record Column(String name, int position) implements Value {
    @Override
    public double evaluate(ToDoubleFunction<String> cells) {
      return cells.applyAsDouble(name);
    }

    @Override
    public void collectColumns(List<Column> into) {
      into.add(this);
    }
  }

  /** The absolute value, {@code abs(...)}. */
  record Absolute(Value operand) implements Value {
    @Override
    public double evaluate(ToDoubleFunction<String> cells) {
      return Math.abs(operand.evaluate(cells));
    }

    @Override
    public void collectColumns(List<Column> into) {
      operand.collectColumns(into);
    }
  }

  /** The negated value, {@code -...}. */
  record Negated(Value operand) implements Value {
    @Override
    public double evaluate(ToDoubleFunction<String> cells) {
      return -operand.evaluate(cells);
    }

    @Override
    public void collectColumns(List<Column> into) {
      operand.collectColumns(into);
    }
  }
}
