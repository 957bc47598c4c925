/**
 * Loading a corpus of pathway figures: PFOCR figure records (YAML front matter) and GMT files,
 * found below folders ({@link org.figora.analysis.corpus.CorpusLoader}), with everything skipped or
 * noted while loading counted in a {@link org.figora.analysis.corpus.LoadReport}; and writing
 * figures' gene sets back as GMT ({@link org.figora.analysis.corpus.GmtWriter}).
 */
package org.figora.analysis.corpus;
