package org.figora.analysis.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random edits of valid inputs: the mutated files parsers meet when people edit by hand. */
final class Mutations {

  /** Fragments that are meaningful to YAML, GMT or list syntax. */
  private static final List<String> FRAGMENTS =
      List.of(
          "---",
          "\n",
          "\t",
          ":",
          ": ",
          "- ",
          "&a ",
          "*a",
          "[",
          "]",
          "{",
          "}",
          "'",
          "\"",
          "|",
          ">",
          "#",
          "!!python/object:x",
          "\u0000",
          "\r\n",
          "\uFEFF",
          "%",
          "…",
          "α",
          ",",
          ";",
          "\\",
          "  ",
          "?",
          "@",
          "`",
          "!!binary",
          "<<: *a");

  private Mutations() {}

  /** A mutation applied to a byte array. */
  @FunctionalInterface
  interface Mutation {
    byte[] apply(byte[] input);
  }

  /** One random edit: flip, insert a fragment, delete a span, truncate or duplicate a span. */
  static Arbitrary<Mutation> single() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 64);
    Arbitrary<Mutation> flip =
        Combinators.combine(position, Arbitraries.bytes())
            .as(
                (p, b) ->
                    input -> {
                      if (input.length == 0) {
                        return new byte[] {b};
                      }
                      byte[] copy = input.clone();
                      copy[p % input.length] = b;
                      return copy;
                    });
    Arbitrary<Mutation> insert =
        Combinators.combine(position, Arbitraries.of(FRAGMENTS))
            .as(
                (p, f) ->
                    input ->
                        splice(
                            input, p % (input.length + 1), 0, f.getBytes(StandardCharsets.UTF_8)));
    Arbitrary<Mutation> delete =
        Combinators.combine(position, length)
            .as(
                (p, n) ->
                    input ->
                        input.length == 0
                            ? input
                            : splice(input, p % input.length, n, new byte[0]));
    Arbitrary<Mutation> truncate =
        position.map(p -> input -> Arrays.copyOf(input, input.length == 0 ? 0 : p % input.length));
    Arbitrary<Mutation> duplicate =
        Combinators.combine(position, length)
            .as(
                (p, n) ->
                    input -> {
                      if (input.length == 0) {
                        return input;
                      }
                      int from = p % input.length;
                      int to = Math.min(input.length, from + n);
                      return splice(input, to, 0, Arrays.copyOfRange(input, from, to));
                    });
    return Arbitraries.oneOf(flip, insert, delete, truncate, duplicate);
  }

  /** One to eight random edits applied in turn. */
  static Arbitrary<Mutation> several() {
    return single()
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            list ->
                input -> {
                  byte[] result = input;
                  for (Mutation m : list) {
                    result = m.apply(result);
                  }
                  return result;
                });
  }

  private static byte[] splice(byte[] input, int at, int remove, byte[] insert) {
    int end = Math.min(input.length, at + remove);
    byte[] out = new byte[at + insert.length + input.length - end];
    System.arraycopy(input, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(input, end, out, at + insert.length, input.length - end);
    return out;
  }
}
