package org.redress.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as instructions grouped into stages, with the build arguments declared before the
 * first FROM: just enough parsing for the checks in DockerfileTest.
 */
record DockerfileInstructions(List<String> globalArguments, List<Stage> stages) {

    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");
    /** NAME=value or NAME="value with spaces", as ENV writes them. */
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S*)");

    record Instruction(String keyword, String arguments) {

        /** The build arguments and variables the instruction names, as ${NAME} or $NAME. */
        List<String> variables() {
            return VARIABLE.matcher(arguments).results()
                    .map(m -> m.group(1) != null ? m.group(1) : m.group(2)).toList();
        }
    }

    record Stage(String image, String name, List<Instruction> instructions) {
        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        /** The stage's ENV variables, quotes removed; a later ENV overrides an earlier one, as in Docker. */
        Map<String, String> environment() {
            Map<String, String> environment = new LinkedHashMap<>();
            for (Instruction env : all("ENV")) {
                Matcher m = ASSIGNMENT.matcher(env.arguments());
                while (m.find()) {
                    String value = m.group(2);
                    environment.put(m.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
                }
            }
            return environment;
        }
    }

    static DockerfileInstructions read(Path dockerfile) throws IOException {
        return parse(Files.readAllLines(dockerfile));
    }

    static DockerfileInstructions parse(List<String> lines) {
        List<String> globalArguments = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (pending.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (line.startsWith("#")) {
                continue; // a comment inside a continued instruction
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            add(globalArguments, stages, pending.toString().strip());
            pending.setLength(0);
        }
        return new DockerfileInstructions(List.copyOf(globalArguments), List.copyOf(stages));
    }

    private static void add(List<String> globalArguments, List<Stage> stages, String text) {
        String[] parts = text.split("\\s+", 2);
        Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
        if (instruction.keyword().equals("FROM")) {
            String[] from = instruction.arguments().split("\\s+");
            String name = from.length >= 3 && from[1].equalsIgnoreCase("AS") ? from[2] : null;
            stages.add(new Stage(from[0], name, new ArrayList<>()));
        } else if (stages.isEmpty() && instruction.keyword().equals("ARG")) {
            globalArguments.add(argumentName(instruction)); // global build arguments may precede the first FROM
        } else if (stages.isEmpty()) {
            throw new AssertionError("instruction before the first FROM: " + text);
        } else {
            stages.get(stages.size() - 1).instructions().add(instruction);
        }
    }

    static String argumentName(Instruction arg) {
        return arg.arguments().split("[=\\s]", 2)[0];
    }

    /**
     * The Dockerfile as docker build sees it with these build arguments: ${NAME} and $NAME replaced in
     * every instruction and base image. (Docker replaces them only where a stage declares the ARG;
     * DockerfileTest checks that every stage does.)
     */
    DockerfileInstructions withArguments(Map<String, String> arguments) {
        List<Stage> resolved = stages.stream().map(stage -> new Stage(substitute(stage.image(), arguments), stage.name(),
                stage.instructions().stream()
                        .map(i -> new Instruction(i.keyword(), substitute(i.arguments(), arguments)))
                        .toList()))
                .toList();
        return new DockerfileInstructions(globalArguments, resolved);
    }

    private static String substitute(String text, Map<String, String> arguments) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(arguments.getOrDefault(name, m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    Stage first() {
        return stages.get(0);
    }

    Stage last() {
        return stages.get(stages.size() - 1);
    }
}
