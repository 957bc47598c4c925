/**
 * Plumbing shared by the library's packages and its front ends: atomic file writes, SHA-256,
 * running work on a caller's executor, the marker of lists kept without copying. Not part of
 * figora's supported API: it may change in any release.
 */
package org.figora.analysis.internal;
