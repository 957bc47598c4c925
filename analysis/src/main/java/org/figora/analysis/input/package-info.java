/**
 * Users' gene lists: plain lists, result tables with a gene column and a row filter, GMT files of
 * many lists, and their resolution to approved symbols ({@link
 * org.figora.analysis.input.GeneListResolver} to a {@link
 * org.figora.analysis.input.ResolvedGeneList}), with every identifier's outcome kept for reports.
 */
package org.figora.analysis.input;
