/**
 * {@code figora serve}: the web page and the JSON API over corpora loaded once, on Javalin (Jetty)
 * and Jackson, kept out of the library. {@link org.figora.server.FigoraServer} starts and stops a
 * server from {@link org.figora.server.ServerSettings}; everything else is internal: request
 * parsing and limits, the one adapter to the library's readers, engine and report writers, the
 * pages, the Content-Security-Policy and the access log.
 */
package org.figora.server;
