package org.disclosurepipeline.contract.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a schema still describes what a published revision of the same event type promised its subscribers (the
 * BACKWARD rule of schema registries, read strictly because subscribers parse the data): every published property
 * is still there with the same types, the required properties are the same, enums, constants, patterns and formats
 * are unchanged, and no object is closed that was open. A new optional property is compatible; anything else needs
 * a new type version ({@code .v2}). Local {@code $ref}s ({@code #/$defs/…}) are followed on both sides.
 */
final class SchemaCompatibility {

    private static final List<String> SAME = List.of("enum", "const", "pattern", "format");

    private final JsonNode publishedRoot;
    private final JsonNode currentRoot;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private SchemaCompatibility(JsonNode publishedRoot, JsonNode currentRoot) {
        this.publishedRoot = publishedRoot;
        this.currentRoot = currentRoot;
    }

    /** The incompatibilities of {@code current} with {@code published}, each naming its place; empty when none. */
    static List<String> problems(JsonNode published, JsonNode current) {
        SchemaCompatibility check = new SchemaCompatibility(published, current);
        check.compare("", published, current);
        return check.problems;
    }

    private void compare(String at, JsonNode was, JsonNode is) {
        was = resolve(publishedRoot, was);
        is = resolve(currentRoot, is);
        if (!seen.add(System.identityHashCode(was) + "|" + System.identityHashCode(is))) {
            return; // a shared or recursive definition, already compared
        }
        if (is.isMissingNode()) {
            problems.add(place(at) + " was removed");
            return;
        }
        if (!types(was).equals(types(is))) {
            problems.add(place(at) + " changed type from " + types(was) + " to " + types(is));
        }
        for (String keyword : SAME) {
            if (!was.path(keyword).equals(is.path(keyword))) {
                problems.add(place(at) + " changed " + keyword + " from " + was.path(keyword) + " to "
                        + is.path(keyword));
            }
        }
        Set<String> required = names(was.path("required"));
        if (!required.equals(names(is.path("required")))) {
            problems.add(place(at) + " changed its required properties from " + required + " to "
                    + names(is.path("required")));
        }
        if (!was.path("additionalProperties").isBoolean() && is.path("additionalProperties").isBoolean()
                && !is.path("additionalProperties").asBoolean()) {
            problems.add(place(at) + " no longer allows other properties");
        }
        for (Iterator<String> it = was.path("properties").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            compare(at + "/" + name, was.path("properties").path(name), is.path("properties").path(name));
        }
        for (String keyword : List.of("items", "additionalProperties")) {
            if (was.path(keyword).isObject()) {
                compare(at + "/" + keyword, was.path(keyword), is.path(keyword));
            }
        }
        for (String keyword : List.of("anyOf", "oneOf", "allOf")) {
            for (int i = 0; i < was.path(keyword).size(); i++) {
                compare(at + "/" + keyword + "[" + i + "]", was.path(keyword).path(i), is.path(keyword).path(i));
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        for (int depth = 0; depth < 10 && node.has("$ref") && node.path("$ref").asText().startsWith("#/"); depth++) {
            node = root.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    private static Set<String> types(JsonNode schema) {
        return names(schema.path("type").isTextual() ? schema.path("type").textValue() : schema.path("type"));
    }

    private static Set<String> names(Object node) {
        Set<String> names = new TreeSet<>();
        if (node instanceof String s) {
            names.add(s);
        } else {
            ((JsonNode) node).forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    private static String place(String at) {
        return at.isEmpty() ? "the event" : "'" + at.substring(1).replace('/', '.') + "'";
    }
}
