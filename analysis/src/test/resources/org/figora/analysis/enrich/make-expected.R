#!/usr/bin/env Rscript
# Expected over-representation results for the enrichment engine tests, in base R plus
# Bioconductor qvalue (see README.md for the exact commands and versions).
#
# Usage: Rscript make-expected.R GMT LISTS_DIR UNIVERSE MIN MAX OUT_PREFIX
#   UNIVERSE: "annotated" (every gene of every set in GMT), "protein-coding:REFERENCE.tsv.gz"
#   (symbols whose gene_type is protein-coding) or "genes:FILE" (one symbol a line, intersected
#   with the annotated genes).
#
# Definitions: U the universe, N = |U|; for each set K = |set & U|; sets with K outside
# [MIN, MAX] are not tested. For each list, n = |list & U|, k = |list & set & U|,
# logp = phyper(k - 1, K, N - K, n, lower.tail = FALSE, log.p = TRUE), p likewise without log.p,
# p = 1 when k = 0. Adjustments over all tested sets (p_*) and over the sets with k >= 1 only
# (hits_*). Odds ratio of a = k, b = n - k, c = K - k, d = N - K - n + k, 0.5 added to every
# cell when one is 0, with Woolf's 95% interval; fold = (k / n) / (K / N), 0 when n or K is 0.
#
# Writes OUT_PREFIX-sets.tsv (tested sets and K), OUT_PREFIX-lists.tsv (per list: n, N, tests,
# hits, genes outside U, adjusted values of a k = 0 set) and OUT_PREFIX-hits.tsv (sets with
# k >= 1, per list ordered by logp then set id in byte order).

args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 6)
gmt_path <- args[1]; lists_dir <- args[2]; universe_arg <- args[3]
min_size <- as.integer(args[4]); max_size <- as.integer(args[5]); prefix <- args[6]

trim <- function(x) sub("[ \t\r]+$", "", sub("^[ \t]+", "", x))
read_symbols <- function(path) {
  x <- trim(readLines(path, warn = FALSE, encoding = "UTF-8"))
  unique(x[nzchar(x) & !startsWith(x, "#")])
}

fields <- strsplit(readLines(gmt_path, warn = FALSE, encoding = "UTF-8"), "\t", fixed = TRUE)
set_ids <- vapply(fields, function(f) f[1], "")
set_genes <- lapply(fields, function(f) { g <- trim(f[-(1:2)]); unique(g[nzchar(g)]) })
stopifnot(!anyDuplicated(set_ids))
annotated <- unique(unlist(set_genes))

universe <- if (universe_arg == "annotated") {
  annotated
} else if (startsWith(universe_arg, "protein-coding:")) {
  con <- gzfile(sub("^protein-coding:", "", universe_arg), encoding = "UTF-8")
  lines <- readLines(con)
  close(con)
  table <- read.delim(text = lines[!startsWith(lines, "#")], quote = "", colClasses = "character")
  unique(table$symbol[table$gene_type == "protein-coding"])
} else if (startsWith(universe_arg, "genes:")) {
  intersect(read_symbols(sub("^genes:", "", universe_arg)), annotated)
} else {
  stop("unknown universe ", universe_arg)
}
N <- length(universe)
K_all <- vapply(set_genes, function(g) sum(g %in% universe), 0L)
tested <- K_all >= min_size & K_all <= max_size
ids <- set_ids[tested]
K <- K_all[tested]
members <- lapply(set_genes[tested], function(g) g[g %in% universe])

fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
qvalues <- function(p) {
  if (length(p) == 0) return(list(q = numeric(0), pi0 = NA_real_))
  tryCatch({ q <- qvalue::qvalue(p); list(q = q$qvalues, pi0 = q$pi0) },
           error = function(e) list(q = rep(NA_real_, length(p)), pi0 = NA_real_))
}
adjust <- function(p) {
  q <- qvalues(p)
  list(bh = p.adjust(p, "BH"), by = p.adjust(p, "BY"), bonferroni = p.adjust(p, "bonferroni"),
       holm = p.adjust(p, "holm"), qvalue = q$q, pi0 = q$pi0)
}
odds_ratio <- function(k, K, n, N) {
  tab <- cbind(a = k, b = n - k, c = K - k, d = N - K - n + k)
  zero <- apply(tab == 0, 1, any)
  tab[zero, ] <- tab[zero, ] + 0.5
  or <- tab[, "a"] * tab[, "d"] / (tab[, "b"] * tab[, "c"])
  half <- qnorm(0.975) * sqrt(rowSums(1 / tab))
  cbind(estimate = or, lower = exp(log(or) - half), upper = exp(log(or) + half))
}

list_files <- sort(list.files(lists_dir, pattern = "\\.txt$"), method = "radix")
hits_out <- c(paste("list", "set_id", "k", "K", "n", "N", "logp", "pvalue", "p_bh", "p_by",
                    "p_bonferroni", "p_holm", "qvalue", "hits_bh", "hits_by", "hits_bonferroni",
                    "hits_holm", "hits_qvalue", "or_estimate", "or_lower", "or_upper", "fold",
                    sep = "\t"))
lists_out <- c(paste("list", "n", "N", "tested", "hits", "outside", "zero_bh", "zero_by",
                     "zero_bonferroni", "zero_holm", "zero_qvalue", "pi0", "hits_pi0", sep = "\t"))
for (file in list_files) {
  name <- sub("\\.txt$", "", file)
  query <- read_symbols(file.path(lists_dir, file))
  inside <- query[query %in% universe]
  n <- length(inside)
  k <- vapply(members, function(g) sum(g %in% inside), 0L)
  logp <- phyper(k - 1, K, N - K, n, lower.tail = FALSE, log.p = TRUE)
  p <- phyper(k - 1, K, N - K, n, lower.tail = FALSE)
  logp[k == 0] <- 0
  p[k == 0] <- 1
  all <- adjust(p)
  hit <- which(k > 0)
  only <- adjust(p[hit])
  zero <- which(k == 0)
  z <- function(v) if (length(zero)) fmt(v[zero[1]]) else "NA"
  lists_out <- c(lists_out, paste(name, n, N, length(ids), length(hit), length(query) - n,
                                  z(all$bh), z(all$by), z(all$bonferroni), z(all$holm),
                                  z(all$qvalue), fmt(all$pi0), fmt(only$pi0), sep = "\t"))
  if (length(hit) == 0) next
  or <- odds_ratio(k[hit], K[hit], n, N)
  fold <- ifelse(n == 0 | K[hit] == 0, 0, (k[hit] / n) / (K[hit] / N))
  rows <- paste(name, ids[hit], k[hit], K[hit], n, N, fmt(logp[hit]), fmt(p[hit]),
                fmt(all$bh[hit]), fmt(all$by[hit]), fmt(all$bonferroni[hit]), fmt(all$holm[hit]),
                fmt(all$qvalue[hit]), fmt(only$bh), fmt(only$by), fmt(only$bonferroni),
                fmt(only$holm), fmt(only$qvalue), fmt(or[, "estimate"]), fmt(or[, "lower"]),
                fmt(or[, "upper"]), fmt(fold), sep = "\t")
  hits_out <- c(hits_out, rows[order(logp[hit], ids[hit], method = "radix")])
}

header <- c(sprintf("# generated by make-expected.R with %s; qvalue %s", R.version.string,
                    as.character(packageVersion("qvalue"))),
            sprintf("# gmt=%s universe=%s sizes=%d..%d N=%d", basename(gmt_path),
                    sub(":.*/", ":", universe_arg), min_size, max_size, N))
writeLines(c(header, "set_id\tK", paste(ids, K, sep = "\t")), paste0(prefix, "-sets.tsv"))
writeLines(c(header, lists_out), paste0(prefix, "-lists.tsv"))
writeLines(c(header, hits_out), paste0(prefix, "-hits.tsv"))
