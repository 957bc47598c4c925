package org.figora.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkTest {

  @TempDir Path root;

  @Test
  void findsRegularFilesInPathOrderSkippingHiddenEntries() throws IOException {
    write("b.md", "bb");
    write("a-c/x.md", "x");
    write("a/z.md", "zzz");
    write("a/sub/y.md", "y");
    write(".hidden.md", "h");
    write(".git/config.md", "h");
    write("a/.cache/k.md", "h");
    List<FolderWalk.Found> found = FolderWalk.filesBelow(root);
    // Byte order of whole paths: "a-c/…" before "a/…" ('-' < '/').
    assertEquals(
        List.of(
            root.resolve("a-c/x.md"),
            root.resolve("a/sub/y.md"),
            root.resolve("a/z.md"),
            root.resolve("b.md")),
        paths(found));
    assertEquals(3, found.get(2).stamp().size());
  }

  @Test
  void followsLinksToFilesButNotToFoldersAndSkipsDanglingLinks(@TempDir Path outside)
      throws IOException {
    Path target = write("data/real.md", "12345");
    Files.writeString(outside.resolve("elsewhere.md"), "1");
    Files.createSymbolicLink(root.resolve("link.md"), target);
    Files.createSymbolicLink(root.resolve("folder-link"), outside);
    Files.createSymbolicLink(root.resolve("dangling.md"), root.resolve("missing.md"));
    List<FolderWalk.Found> found = FolderWalk.filesBelow(root);
    assertEquals(List.of(root.resolve("data/real.md"), root.resolve("link.md")), paths(found));
    assertEquals(5, found.get(1).stamp().size(), "the target's attributes");
  }

  @Test
  void aLargeFolderGivesWhatWalkFileTreeGives() throws IOException {
    for (int i = 0; i < 3_000; i++) {
      write("big/" + (i * 7919 % 3_000) + ".md", "r" + i);
    }
    write("big/.hidden/skip.md", "h");
    List<Path> expected = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return dir.getFileName().toString().startsWith(".")
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            expected.add(file);
            return FileVisitResult.CONTINUE;
          }
        });
    expected.sort(null);
    assertEquals(3_000, expected.size());
    assertEquals(expected, paths(FolderWalk.filesBelow(root)));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      assertEquals(expected, paths(FolderWalk.filesBelow(root, Optional.of(pool))));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void anUnlistableFolderIsAnError() {
    assertThrows(IOException.class, () -> FolderWalk.filesBelow(root.resolve("absent")));
  }

  private Path write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static List<Path> paths(List<FolderWalk.Found> found) {
    return found.stream().map(FolderWalk.Found::file).toList();
  }
}
