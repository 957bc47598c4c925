# Expected values for BootstrapQValueTest: Bioconductor qvalue's q-values with the bootstrap
# estimate of pi0, as clusterProfiler calls it (lambda = 0.05) and over the default grid.
#
# Run from this folder:  Rscript bootstrap-qvalue.R > bootstrap-qvalue.tsv
# Made with R 4.2.2 and qvalue 2.30.0 (Debian bookworm: r-base-core, r-bioc-qvalue).
#
# Columns: case, lambda ("0.05" or "grid"), ones (p-values equal to 1 appended to p, which the
# Java side passes as a count), pi0 (NA where qvalue() stops), p, q (comma-separated, %.17g; q is
# "error" where qvalue() stops).
suppressPackageStartupMessages(library(qvalue))
cat(sprintf("# R %s, qvalue %s\n", getRversion(), packageVersion("qvalue")))
cat("case\tlambda\tones\tpi0\tp\tq\n")
fmt <- function(x) paste(sprintf("%.17g", x), collapse = ",")
emit <- function(name, p, ones = 0) {
  full <- c(p, rep(1, ones))
  for (grid in c("0.05", "grid")) {
    lambda <- if (grid == "0.05") 0.05 else seq(0.05, 0.95, 0.05)
    r <- tryCatch(qvalue(full, lambda = lambda, pi0.method = "bootstrap"),
                  error = function(e) NULL)
    if (is.null(r)) {
      cat(name, grid, ones, "NA", fmt(p), "error\n", sep = "\t")
    } else {
      cat(name, grid, ones, sprintf("%.17g", r$pi0), fmt(p), fmt(r$qvalues[seq_along(p)]),
          sep = "\t")
      cat("\n")
    }
  }
}
set.seed(17)
emit("uniform-200", runif(200))
emit("mixture-500", c(rbeta(100, 0.2, 8), runif(400)))
emit("strong-50", c(rbeta(40, 0.1, 20), runif(10)))
emit("hits-and-ones", c(rbeta(30, 0.3, 10), runif(20)), ones = 300)
emit("ties", c(0.001, 0.001, 0.01, 0.01, 0.2, 0.2, 0.2, 0.7, 1, 1))
emit("underflow", c(0, 0, 1e-300, 0.04, 0.06, 0.5))
emit("all-small", c(0.001, 0.01, 0.03))
emit("one-large", c(0.5))
emit("one-small", c(0.01))
emit("two", c(0.01, 0.5))
emit("small-then-ones", c(0.001, 0.002), ones = 1)
emit("no-p-above-0.95", c(0.01, 0.2, 0.5, 0.9))
emit("all-ones", c(1, 1, 1))
