package org.figora.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The library's packages depend on each other without cycles, as read from the compiled classes by
 * the JDK's own {@code jdeps}: the front door ({@code org.figora.analysis}) on top, {@code format}
 * (the shared input error) at the bottom.
 */
class PackageCyclesTest {

  private static final Pattern EDGE =
      Pattern.compile("^\\s+(org\\.figora\\.\\S+)\\s+->\\s+(org\\.figora\\.\\S+)\\s");

  @Test
  void libraryPackagesFormNoCycle() throws URISyntaxException {
    Map<String, Set<String>> uses = packageDependencies(classesFolder());
    assertTrue(uses.size() >= 10, "jdeps found the library's packages: " + uses.keySet());
    assertEquals(List.of(), cycles(uses), "package cycles");
  }

  @Test
  void theCheckFindsACycle() {
    Map<String, Set<String>> uses = new TreeMap<>();
    uses.put("a", new TreeSet<>(Set.of("b")));
    uses.put("b", new TreeSet<>(Set.of("c")));
    uses.put("c", new TreeSet<>(Set.of("a")));
    uses.put("d", new TreeSet<>(Set.of("a")));
    assertEquals(List.of(new TreeSet<>(Set.of("a", "b", "c"))), cycles(uses));
  }

  private static Path classesFolder() throws URISyntaxException {
    return Path.of(
        EnrichmentAnalysis.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * Package to the packages it uses, both under org.figora, from {@code jdeps -verbose:package}.
   */
  private static Map<String, Set<String>> packageDependencies(Path classes) {
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "-verbose:package",
            "-filter:none",
            "--ignore-missing-deps",
            classes.toString());
    assertEquals(0, code, "jdeps failed: " + err + out);
    Map<String, Set<String>> uses = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      Matcher edge = EDGE.matcher(line);
      if (edge.find()) {
        Set<String> used = uses.computeIfAbsent(edge.group(1), p -> new TreeSet<>());
        if (!edge.group(1).equals(edge.group(2))) {
          used.add(edge.group(2));
        }
      }
    }
    return uses;
  }

  /** The strongly connected components of more than one package (Tarjan), each sorted. */
  private static List<Set<String>> cycles(Map<String, Set<String>> uses) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    List<Set<String>> found = new ArrayList<>();
    for (String start : uses.keySet()) {
      if (!index.containsKey(start)) {
        visit(start, uses, index, low, stack, found);
      }
    }
    return found;
  }

  private static void visit(
      String node,
      Map<String, Set<String>> uses,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      List<Set<String>> found) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    for (String next : uses.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        visit(next, uses, index, low, stack, found);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (stack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        found.add(component);
      }
    }
  }
}
