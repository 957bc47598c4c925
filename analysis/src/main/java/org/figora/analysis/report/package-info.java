/**
 * Reports of a result: the columns, the writers of every {@link
 * org.figora.analysis.report.ReportFormat}, the Tablesaw table, and the {@link
 * org.figora.analysis.report.Provenance} every report carries (with its Methods paragraph).
 */
package org.figora.analysis.report;
