package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.figora.analysis.testing.TestProvenance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The text of each format for cells that need care: text with tabs, line breaks, delimiters,
 * quotes, bars, backslashes, control chars and non-ASCII letters; missing integers, text and
 * doubles; repeated, tiny, huge and infinite numbers. Written the same whether the text column
 * was appended to or built at once.
 */
class ReportWriterTest {

  private static final String[] TEXT = {"plain", "tab\there", "new\nline", "comma,x",
      "quote\"x", "pipe|x", "back\\slash", "ctl\u0001x", "", "ünïcødé"};

  static Stream<Arguments> formats() {
    List<BiFunction<String, String[], StringColumn>> builders =
        List.of(StringColumn::create, StringColumns::of);
    return builders.stream().flatMap(builder -> Stream.of(
        Arguments.of(ReportFormat.TSV, builder, ""
            + "rank\ttext\tvalue\n"
            + "1\tplain\t0.5\n"
            + "2\ttab here\t0.5\n"
            + "3\tnew line\t0.3333333333333333\n"
            + "\tcomma,x\t1.0E15\n"
            + "5\tquote\"x\t1.0E16\n"
            + "5\tpipe|x\t4.9E-324\n"
            + "5\tback\\slash\t\n"
            + "8\tctl\u0001x\tNA\n"
            + "9\t\t0\n"
            + "10\tünïcødé\t0.5\n"),
        Arguments.of(ReportFormat.CSV, builder, ""
            + "rank,text,value\n"
            + "1,plain,0.5\n"
            + "2,tab\there,0.5\n"
            + "3,\"new\nline\",0.3333333333333333\n"
            + ",\"comma,x\",1.0E15\n"
            + "5,\"quote\"\"x\",1.0E16\n"
            + "5,pipe|x,4.9E-324\n"
            + "5,back\\slash,\n"
            + "8,ctl\u0001x,NA\n"
            + "9,,0\n"
            + "10,ünïcødé,0.5\n"),
        Arguments.of(ReportFormat.JSON, builder, ""
            + "\"results\": [\n"
            + "    {\"rank\": 1, \"text\": \"plain\", \"value\": 0.5},\n"
            + "    {\"rank\": 2, \"text\": \"tab\\there\", \"value\": 0.5},\n"
            + "    {\"rank\": 3, \"text\": \"new\\nline\", \"value\": 0.3333333333333333},\n"
            + "    {\"rank\": null, \"text\": \"comma,x\", \"value\": 1.0E15},\n"
            + "    {\"rank\": 5, \"text\": \"quote\\\"x\", \"value\": 1.0E16},\n"
            + "    {\"rank\": 5, \"text\": \"pipe|x\", \"value\": 4.9E-324},\n"
            + "    {\"rank\": 5, \"text\": \"back\\\\slash\", \"value\": null},\n"
            + "    {\"rank\": 8, \"text\": \"ctl\\u0001x\", \"value\": NA},\n"
            + "    {\"rank\": 9, \"text\": null, \"value\": 0},\n"
            + "    {\"rank\": 10, \"text\": \"ünïcødé\", \"value\": 0.5}\n"
            + "  ]\n"
            + "}\n"),
        Arguments.of(ReportFormat.MD, builder, ""
            + "| rank | text | value |\n"
            + "| --- | --- | --- |\n"
            + "| 1 | plain | 0.5 |\n"
            + "| 2 | tab\there | 0.5 |\n"
            + "| 3 | new line | 0.3333333333333333 |\n"
            + "|  | comma,x | 1.0E15 |\n"
            + "| 5 | quote\"x | 1.0E16 |\n"
            + "| 5 | pipe\\|x | 4.9E-324 |\n"
            + "| 5 | back\\slash |  |\n"
            + "| 8 | ctl\u0001x | NA |\n"
            + "| 9 |  | 0 |\n"
            + "| 10 | ünïcødé | 0.5 |\n")));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void writesEachCellAsTheFormatRequires(ReportFormat format,
      BiFunction<String, String[], StringColumn> textColumn, String expected)
      throws IOException {
    Table table = Table.create("t",
        IntColumn.create("rank", 1, 2, 3, Integer.MIN_VALUE, 5, 5, 5, 8, 9, 10),
        textColumn.apply("text", TEXT),
        DoubleColumn.create("value", 0.5, 0.5, 1.0 / 3, 1e15, 1e16, 5e-324, Double.NaN,
            Double.POSITIVE_INFINITY, 0.0, 0.5));
    StringWriter out = new StringWriter();
    ReportWriter.write(table, provenance(), format, out);
    String text = out.toString();
    String rows = switch (format) {
      case JSON -> text.substring(text.indexOf("\"results\""));
      case MD -> text.substring(text.indexOf("| rank"));
      default -> text;
    };
    assertEquals(expected, rows);
  }

  private static Provenance provenance() {
    return TestProvenance.fixed();
  }
}
