/**
 * One pathway figure and its record: {@link org.figora.analysis.figure.Figure} (metadata and human
 * gene set), the PFOCR record parser ({@link org.figora.analysis.figure.FigureRecordParser}) and
 * the filters used to browse figures ({@link org.figora.analysis.figure.FigureFilter}).
 */
package org.figora.analysis.figure;
