# Reads a figora report as an R user would and dumps every cell, for DownstreamReadersTest.
#   Rscript read_report.R KIND IN OUT     (KIND: tsv, csv, clusterprofiler, json)
# Readers: read.delim / read.csv with their defaults (plus check.names = FALSE, to keep names
# like p.adjust as written, and UTF-8), jsonlite::fromJSON(f)$results.
# Dump: one line per cell, "row<TAB>column<TAB>value"; numbers as %.17g, missing as NA, lists
# joined with "/", and \, tab, CR, LF written as \\, \t, \r, \n.
args <- commandArgs(trailingOnly = TRUE)
kind <- args[1]
d <- switch(kind,
  tsv = read.delim(args[2], check.names = FALSE, encoding = "UTF-8"),
  clusterprofiler = read.delim(args[2], check.names = FALSE, encoding = "UTF-8"),
  csv = read.csv(args[2], check.names = FALSE, encoding = "UTF-8"),
  json = jsonlite::fromJSON(args[2])$results)
esc <- function(s) {
  s <- gsub("\\", "\\\\", s, fixed = TRUE)
  s <- gsub("\t", "\\t", s, fixed = TRUE)
  s <- gsub("\r", "\\r", s, fixed = TRUE)
  gsub("\n", "\\n", s, fixed = TRUE)
}
out <- character(0)
for (name in names(d)) {
  column <- d[[name]]
  for (r in seq_len(nrow(d))) {
    v <- column[[r]]
    text <- if (is.list(column) || length(v) != 1) paste(v, collapse = "/")
      else if (is.na(v)) "NA"
      else if (is.numeric(v)) sprintf("%.17g", v)
      else if (is.logical(v)) as.character(v)
      else esc(enc2utf8(as.character(v)))
    out <- c(out, paste(r, esc(name), text, sep = "\t"))
  }
}
con <- file(args[3], open = "w", encoding = "UTF-8")
writeLines(out, con)
close(con)
