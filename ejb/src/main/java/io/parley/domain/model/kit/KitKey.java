package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The URL-safe key that names a kit across its versions, e.g. {@code backend-engineer-onsite}:
 * lower-case letters and digits in words joined by single hyphens, 3 to 64 characters.
 */
@Embeddable
public class KitKey implements Serializable {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Column(name = "kit_key", nullable = false, length = MAX_LENGTH)
    private String value;

    protected KitKey() {
        // for JPA
    }

    public KitKey(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() < 3 || v.length() > MAX_LENGTH || !FORMAT.matcher(v).matches()) {
            throw new DomainException("kit.key.invalid", v);
        }
        this.value = v;
    }

    public static boolean isValid(String value) {
        return value != null
                && value.length() >= 3
                && value.length() <= MAX_LENGTH
                && FORMAT.matcher(value).matches();
    }

    /** A key derived from a name: "Backend Engineer – Onsite" becomes {@code backend-engineer-onsite}. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return ascii.length() > MAX_LENGTH ? ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "") : ascii;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KitKey other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
