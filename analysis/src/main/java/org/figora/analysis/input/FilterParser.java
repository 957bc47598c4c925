package org.figora.analysis.input;

import java.util.List;
import java.util.Locale;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.input.FilterExpression.Condition;
import org.figora.analysis.input.FilterExpression.Value;
import org.figora.analysis.input.FilterLexer.Token;
import org.figora.analysis.input.FilterLexer.Type;

/**
 * A recursive-descent parser for row filter expressions. The grammar, loosest binding first:
 *
 * <pre>
 * expression = conjunction { ("or" | "||") conjunction }
 * conjunction = negation { ("and" | "&amp;&amp;") negation }
 * negation = ("not" | "!") negation | "(" expression ")" | comparison
 * comparison = value ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") value
 * value = "-" value | number | "abs" "(" value ")" | column | "`" any text "`"
 * </pre>
 *
 * Keywords ignore letter case.
 */
final class FilterParser {

  private static final String ABSOLUTE = "abs";
  private static final String VALUE_EXPECTED = "expected a number or column";

  /** Deepest nesting of parentheses, {@code not}, {@code -} and {@code abs(} accepted. */
  static final int MAX_DEPTH = 64;

  /** Most tokens in one expression; a real filter has a few dozen. */
  static final int MAX_TOKENS = 4096;

  private final String expression;
  private final List<Token> tokens;
  private int index;
  private int depth;

  private FilterParser(String expression) {
    this.expression = expression;
    this.tokens = FilterLexer.tokens(expression);
    if (tokens.size() > MAX_TOKENS) {
      throw RowFilter.syntaxError(
          expression,
          "the expression has "
              + tokens.size()
              + " tokens; at most "
              + MAX_TOKENS
              + " are accepted",
          1);
    }
  }

  /** Enters one level of nesting; deeper than {@value #MAX_DEPTH} is an error, not a crash. */
  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " levels deep");
    }
  }

  /**
   * Parses an expression.
   *
   * @param expression the text
   * @return the condition it states
   * @throws InputFormatException if it is malformed; the reason names the position
   */
  static Condition parse(String expression) {
    FilterParser parser = new FilterParser(expression);
    if (parser.peek().type() == Type.END) {
      throw new InputFormatException(RowFilter.SOURCE, 0, "empty expression");
    }
    Condition condition = parser.disjunction();
    if (parser.peek().type() != Type.END) {
      throw parser.error(expectationAfter(parser.peek()));
    }
    return condition;
  }

  private static String expectationAfter(Token unexpected) {
    return unexpected.type() == Type.RIGHT_PARENTHESIS
        ? "')' without a matching '('"
        : "expected 'and', 'or' or the end of the expression";
  }

  private Condition disjunction() {
    Condition condition = conjunction();
    while (accept(Type.OR)) {
      condition = new FilterExpression.Or(condition, conjunction());
    }
    return condition;
  }

  private Condition conjunction() {
    Condition condition = negation();
    while (accept(Type.AND)) {
      condition = new FilterExpression.And(condition, negation());
    }
    return condition;
  }

  private Condition negation() {
    if (accept(Type.NOT)) {
      enter();
      Condition negated = new FilterExpression.Not(negation());
      depth--;
      return negated;
    }
    if (accept(Type.LEFT_PARENTHESIS)) {
      enter();
      Condition inner = disjunction();
      expect(Type.RIGHT_PARENTHESIS, "expected ')'");
      depth--;
      return inner;
    }
    return comparison();
  }

  private Condition comparison() {
    Value left = value();
    Token operator = peek();
    expect(Type.COMPARISON, "expected a comparison (<, <=, >, >=, == or !=)");
    Value right = value();
    return new FilterExpression.Comparison(
        left, FilterExpression.Operator.of(operator.text()), right);
  }

  private Value value() {
    Token token = peek();
    switch (token.type()) {
      case MINUS -> {
        index++;
        enter();
        Value negated = new FilterExpression.Negated(value());
        depth--;
        return negated;
      }
      case NUMBER -> {
        index++;
        return new FilterExpression.Number(Double.parseDouble(token.text()));
      }
      case QUOTED_NAME -> {
        index++;
        return new FilterExpression.Column(token.text(), token.position());
      }
      case NAME -> {
        index++;
        return nameOrFunction(token);
      }
      default -> throw error(VALUE_EXPECTED);
    }
  }

  private Value nameOrFunction(Token name) {
    boolean function = peek().type() == Type.LEFT_PARENTHESIS;
    if (!function) {
      return new FilterExpression.Column(name.text(), name.position());
    }
    if (!name.text().toLowerCase(Locale.ROOT).equals(ABSOLUTE)) {
      throw RowFilter.syntaxError(
          expression,
          "unknown function '" + name.text() + "' (only abs is known)",
          name.position());
    }
    index++;
    enter();
    Value operand = value();
    expect(Type.RIGHT_PARENTHESIS, "expected ')' to close abs(");
    depth--;
    return new FilterExpression.Absolute(operand);
  }

  private Token peek() {
    return tokens.get(index);
  }

  private boolean accept(Type type) {
    if (peek().type() == type) {
      index++;
      return true;
    }
    return false;
  }

  private void expect(Type type, String expectation) {
    if (!accept(type)) {
      throw error(expectation);
    }
  }

  private InputFormatException error(String expectation) {
    return RowFilter.syntaxError(expression, expectation, peek().position());
  }
}
