package io.parley.interfaces.web.shell;

import java.util.List;

/** CSV as RFC 4180 writes it, safe to open in a spreadsheet: a cell that starts a formula is defused. */
public final class Csv {

    private Csv() {}

    /**
     * One quoted cell; a leading =, +, - or @ gets a ' in front so spreadsheets show it as text instead of running
     * it as a formula (CSV injection). Numbers are written as text cells too, so a negative figure keeps its sign
     * as "'-0.4": exports that carry signed numbers write them with {@link #number}.
     */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * A figure as an unquoted cell, plain decimal with a dot whatever the user's language ("-0.4", never "-4.0E-1"):
     * a spreadsheet reads it as a number, and digits with one sign and one dot cannot be a formula. Empty for null
     * and for values that are not finite.
     */
    public static String number(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            return Double.isFinite(d)
                    ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                    : "";
        }
        return value.toString();
    }

    /** One line of already written cells, ended with CRLF. */
    public static String line(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }
}
