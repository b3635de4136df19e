/** The {@code newsgraph} command and its subcommands. */
package org.newsgraph.cli;
