package io.parley.interfaces.web.kit;

import java.util.Arrays;
import java.util.List;

/** Lists of short texts edited in one text area, one item per line. */
final class Lines {

    private Lines() {}

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
