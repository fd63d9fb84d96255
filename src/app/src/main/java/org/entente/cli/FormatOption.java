package org.entente.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, shared by every command that prints results. */
final class FormatOption {

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
