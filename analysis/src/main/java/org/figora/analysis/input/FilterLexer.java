package org.figora.analysis.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a row filter expression into tokens, each with its one-based character position. */
final class FilterLexer {

  /** The kinds of token. */
  enum Type {
    NUMBER,
    NAME,
    QUOTED_NAME,
    COMPARISON,
    AND,
    OR,
    NOT,
    MINUS,
    LEFT_PARENTHESIS,
    RIGHT_PARENTHESIS,
    END
  }

  /**
   * One token.
   *
   * @param type what it is
   * @param text its text; a quoted name without its backquotes
   * @param position the one-based position of its first character
   */
  record Token(Type type, String text, int position) {}

  private static final Pattern NUMBER =
      Pattern.compile("(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final List<String> COMPARISONS = List.of("<=", ">=", "==", "!=", "<", ">");
  private static final char BACKQUOTE = '`';

  private final String expression;
  private final List<Token> tokens = new ArrayList<>();
  private int index;

  private FilterLexer(String expression) {
    this.expression = expression;
  }

  /**
   * Splits an expression into tokens.
   *
   * @param expression the expression
   * @return the tokens, ending with an {@link Type#END} token one past the last character
   * @throws org.figora.analysis.format.InputFormatException for a character that starts no token
   */
  static List<Token> tokens(String expression) {
    FilterLexer lexer = new FilterLexer(expression);
    lexer.readAll();
    return List.copyOf(lexer.tokens);
  }

  private void readAll() {
    while (index < expression.length()) {
      char character = expression.charAt(index);
      if (Character.isWhitespace(character)) {
        index++;
      } else if (Character.isDigit(character) || startsFraction()) {
        readNumber();
      } else if (isNameStart(character)) {
        readName();
      } else if (character == BACKQUOTE) {
        readQuotedName();
      } else {
        readSymbol();
      }
    }
    tokens.add(new Token(Type.END, "", expression.length() + 1));
  }

  private boolean startsFraction() {
    return expression.charAt(index) == '.'
        && index + 1 < expression.length()
        && Character.isDigit(expression.charAt(index + 1));
  }

  private void readNumber() {
    Matcher matcher = NUMBER.matcher(expression).region(index, expression.length());
    matcher.lookingAt();
    int end = matcher.end();
    if (end < expression.length() && isNamePart(expression.charAt(end))) {
      throw RowFilter.syntaxError(
          expression,
          "unexpected '"
              + expression.charAt(end)
              + "' after a number (a column name that"
              + " starts with a digit must be written in backquotes)",
          end + 1);
    }
    add(Type.NUMBER, expression.substring(index, end), end);
  }

  private void readName() {
    int end = index;
    while (end < expression.length() && isNamePart(expression.charAt(end))) {
      end++;
    }
    String name = expression.substring(index, end);
    Type type =
        switch (name.toLowerCase(Locale.ROOT)) {
          case "and" -> Type.AND;
          case "or" -> Type.OR;
          case "not" -> Type.NOT;
          default -> Type.NAME;
        };
    add(type, name, end);
  }

  private void readQuotedName() {
    int closing = expression.indexOf(BACKQUOTE, index + 1);
    if (closing < 0) {
      throw RowFilter.syntaxError(expression, "backquote is never closed", index + 1);
    }
    if (closing == index + 1) {
      throw RowFilter.syntaxError(expression, "empty column name ``", index + 1);
    }
    tokens.add(new Token(Type.QUOTED_NAME, expression.substring(index + 1, closing), index + 1));
    index = closing + 1;
  }

  private void readSymbol() {
    for (String comparison : COMPARISONS) {
      if (expression.startsWith(comparison, index)) {
        add(Type.COMPARISON, comparison, index + comparison.length());
        return;
      }
    }
    if (expression.startsWith("&&", index)) {
      add(Type.AND, "&&", index + 2);
    } else if (expression.startsWith("||", index)) {
      add(Type.OR, "||", index + 2);
    } else {
      readSingleCharacter(expression.charAt(index));
    }
  }

  private void readSingleCharacter(char character) {
    Type type =
        switch (character) {
          case '!' -> Type.NOT;
          case '-' -> Type.MINUS;
          case '(' -> Type.LEFT_PARENTHESIS;
          case ')' -> Type.RIGHT_PARENTHESIS;
          default -> throw RowFilter.syntaxError(expression, unexpected(character), index + 1);
        };
    add(type, String.valueOf(character), index + 1);
  }

  private static String unexpected(char character) {
    return switch (character) {
      case '=' -> "'=' is not an operator (use '==' to compare)";
      case '&' -> "'&' is not an operator (use 'and' or '&&')";
      case '|' -> "'|' is not an operator (use 'or' or '||')";
      default -> "unexpected character '" + character + "'";
    };
  }

  private void add(Type type, String text, int end) {
    tokens.add(new Token(type, text, index + 1));
    index = end;
  }

  private static boolean isNameStart(char character) {
    return Character.isLetter(character) || character == '_' || character == '.';
  }

  private static boolean isNamePart(char character) {
    return Character.isLetterOrDigit(character) || character == '_' || character == '.';
  }
}
