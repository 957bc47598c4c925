/**
 * The error every reader of figora's input formats throws: a figure record, a GMT file, a gene list
 * or table, a gene reference, a background or a cached index that cannot be read names the file,
 * the line and the reason ({@link org.figora.analysis.format.InputFormatException}). The bottom of
 * the library's packages: it depends on none of them, so that each can use it.
 */
package org.figora.analysis.format;
