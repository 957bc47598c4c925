/**
 * figora's command line (picocli): each command is options plus calls into the library; only {@link
 * org.figora.cli.FigoraCommand#main} exits, with the exit codes of {@link
 * org.figora.cli.ExitCodes}.
 */
package org.figora.cli;
