/**
 * PFOCR releases: reading a release folder's listing, fetching and checking the human gene GMT
 * (resumable, retried, checksum-verified), and the releases installed in the cache ({@link
 * org.figora.analysis.release.ReleaseStore}, which also resolves {@code pfocr} and {@code
 * pfocr@YYYYMMDD}).
 */
package org.figora.analysis.release;
